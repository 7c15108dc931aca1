<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About LB Doctor</source>
        <translation>关于 LB Doctor</translation>
    </message>
    <message>
        <source>LB Doctor logo</source>
        <translation>LB Doctor 标志</translation>
    </message>
    <message>
        <source>&lt;h2&gt;LB Doctor %1&lt;/h2&gt;&lt;p&gt;Finds out why a cloud load balancer marks a backend server unhealthy: it follows the providers&apos; documented procedures, runs every step it can, explains every result and writes a report the customer can read.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;LB Doctor %1&lt;/h2&gt;&lt;p&gt;找出云负载均衡将后端服务器标记为不健康的原因：按照云厂商文档中的排查步骤，执行所有能执行的步骤，解释每一个结果，并生成客户能读懂的报告。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建（运行于 Qt %3）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>LB Doctor licence</source>
        <translation>LB Doctor 许可证</translation>
    </message>
    <message>
        <source>Qt licence</source>
        <translation>Qt 许可证</translation>
    </message>
    <message>
        <source>&lt;p&gt;LB Doctor uses the Qt libraries (Qt Core, Gui, Widgets, Network, Svg, PrintSupport) under the GNU Lesser General Public License version 3. They are linked dynamically: you may replace them with your own build. The Qt source code is available from &lt;a href=&quot;https://download.qt.io/&quot;&gt;download.qt.io&lt;/a&gt;; the licence text is at &lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;gnu.org/licenses/lgpl-3.0&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Qt is a trademark of The Qt Company Ltd.&lt;/p&gt;</source>
        <translation>&lt;p&gt;LB Doctor 依据 GNU 宽通用公共许可证（LGPL）第 3 版使用 Qt 库（Qt Core、Gui、Widgets、Network、Svg、PrintSupport）。这些库以动态方式链接：您可以用自己构建的版本替换它们。Qt 源代码可从 &lt;a href=&quot;https://download.qt.io/&quot;&gt;download.qt.io&lt;/a&gt; 获取；许可证全文见 &lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;gnu.org/licenses/lgpl-3.0&lt;/a&gt;。&lt;/p&gt;&lt;p&gt;Qt 是 The Qt Company Ltd. 的商标。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>LB Doctor licence (MIT)</source>
        <translation>LB Doctor 许可证（MIT）</translation>
    </message>
    <message>
        <source>Qt licence (LGPL v3)</source>
        <translation>Qt 许可证（LGPL v3）</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>关于 Qt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>MIT License (the licence text is missing from this build).</source>
        <translation>MIT 许可证（此构建缺少许可证全文）。</translation>
    </message>
</context>
<context>
    <name>AddressRange</name>
    <message>
        <source>prefix length must be 0-%1, got %2</source>
        <translation>前缀长度必须为 0-%1，实际为 %2</translation>
    </message>
    <message>
        <source>%1/%2 has host bits set; did you mean %3/%2?</source>
        <translation>%1/%2 设置了主机位；您是否想输入 %3/%2？</translation>
    </message>
    <message>
        <source>empty address range</source>
        <translation>地址范围为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>“%1”不是 IP 地址</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a prefix length or netmask</source>
        <translation>“%1”不是前缀长度或子网掩码</translation>
    </message>
    <message>
        <source>netmask %1 is not contiguous</source>
        <translation>子网掩码 %1 不连续</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address range like 10.0.0.1-10.0.0.9</source>
        <translation>“%1”不是形如 10.0.0.1-10.0.0.9 的地址范围</translation>
    </message>
    <message>
        <source>range %1 ends before it starts</source>
        <translation>范围 %1 的结束地址小于起始地址</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address or CIDR</source>
        <translation>“%1”不是 IP 地址或 CIDR</translation>
    </message>
</context>
<context>
    <name>AskPassChannel</name>
    <message>
        <source>the password helper lbdoctor-askpass is missing beside LB Doctor: reinstall LB Doctor, or use a key with ssh-agent</source>
        <translation>LB Doctor 旁缺少密码助手 lbdoctor-askpass：请重新安装 LB Doctor，或通过 ssh-agent 使用密钥</translation>
    </message>
    <message>
        <source>cannot open the local channel for the password prompt: %1</source>
        <translation>无法打开用于密码提示的本地通道：%1</translation>
    </message>
</context>
<context>
    <name>BundleAnalysis</name>
    <message>
        <source>sudo on %1 needs a password</source>
        <translation>%1 上的 sudo 需要密码</translation>
    </message>
    <message>
        <source>the bundle ran as %1 without root, and %2 has no sudo</source>
        <translation>采集包以 %1 身份运行，没有 root 权限，且 %2 上没有 sudo</translation>
    </message>
    <message>
        <source>the bundle ran without root</source>
        <translation>采集包运行时没有 root 权限</translation>
    </message>
    <message>
        <source>`%1` is not installed on %2</source>
        <translation>%2 上未安装 `%1`</translation>
    </message>
    <message>
        <source>`%1` did not finish within %2 s and was stopped</source>
        <translation>`%1` 未在 %2 秒内完成，已被停止</translation>
    </message>
    <message>
        <source>`%1` needs root and ran without it (%2): %3</source>
        <translation>`%1` 需要 root 权限，但运行时没有（%2）：%3</translation>
    </message>
    <message>
        <source>`%1` failed with exit code %2: %3</source>
        <translation>`%1` 执行失败，退出码 %2：%3</translation>
    </message>
    <message>
        <source>`%1` ran without root (%2): what only root sees (program names, some rules) may be missing</source>
        <translation>`%1` 运行时没有 root 权限（%2）：只有 root 能看到的内容（程序名、部分规则）可能缺失</translation>
    </message>
    <message>
        <source>the output of `%1` ends before its end marker</source>
        <translation>`%1` 的输出在其结束标记之前就中断了</translation>
    </message>
    <message>
        <source>%1 lines of the output of `%2` were cut from the middle</source>
        <translation>`%2` 的输出中间有 %1 行被截掉了</translation>
    </message>
    <message>
        <source>from the part that was kept: %1: %2</source>
        <translation>根据保留下来的部分：%1：%2</translation>
    </message>
    <message>
        <source>unknown, because %1; run `%2` on the backend and send its whole output as a file</source>
        <translation>未知，因为%1；请在后端服务器上运行 `%2`，并将完整输出作为文件发送</translation>
    </message>
    <message>
        <source>unknown, because `%1` needs root and %2: run `sudo %1` on %3 and paste its output, or collect as root</source>
        <translation>未知，因为 `%1` 需要 root 权限，而%2：请在 %3 上运行 `sudo %1` 并粘贴其输出，或以 root 身份采集</translation>
    </message>
    <message>
        <source>unknown, because `%1` is not installed on %2; run the equivalent command there and paste its output</source>
        <translation>未知，因为 %2 上未安装 `%1`；请在那里运行等效的命令并粘贴其输出</translation>
    </message>
    <message>
        <source>unknown, because `%1` gave no usable output</source>
        <translation>未知，因为 `%1` 没有给出可用的输出</translation>
    </message>
    <message>
        <source>`%1` printed no rules: no %2 firewall is loaded, so it blocks nothing</source>
        <translation>`%1` 没有输出任何规则：未加载 %2 防火墙，因此它不拦截任何流量</translation>
    </message>
    <message>
        <source>unknown, because none of these is installed on %1: %2</source>
        <translation>未知，因为 %1 上这些命令都没有安装：%2</translation>
    </message>
    <message>
        <source>this bundle was made for port %1, the check is for port %2: the analysis reads it for port %2</source>
        <translation>这份采集包是为端口 %1 生成的，而本次检查的是端口 %2：分析按端口 %2 解读</translation>
    </message>
    <message>
        <source>the paste was cut before this step&apos;s section</source>
        <translation>粘贴内容在此步骤的段落之前就被截断了</translation>
    </message>
    <message>
        <source>the bundle has no section for this step</source>
        <translation>采集包中没有此步骤的段落</translation>
    </message>
    <message>
        <source>unknown, because %1: run `%2` on the backend and paste its output</source>
        <translation>未知，因为%1：请在后端服务器上运行 `%2` 并粘贴其输出</translation>
    </message>
    <message>
        <source>%1, so these commands lost what only root sees: %2. Run them with sudo, or collect as root</source>
        <translation>%1，因此这些命令缺少只有 root 才能看到的内容：%2。请用 sudo 运行它们，或以 root 身份采集</translation>
    </message>
    <message>
        <source>unknown, because `%1` needs root and %2: run `sudo %1` on %3 and give its output with --evidence, or collect as root</source>
        <translation>未知，因为 `%1` 需要 root 权限，而%2：请在 %3 上运行 `sudo %1` 并通过 --evidence 提供其输出，或以 root 身份采集</translation>
    </message>
    <message>
        <source>unknown, because `%1` is not installed on %2; run the equivalent command there and give its output with --evidence</source>
        <translation>未知，因为 %2 上未安装 `%1`；请在那里运行等效的命令并通过 --evidence 提供其输出</translation>
    </message>
    <message>
        <source>the bundle output was cut before this step&apos;s section</source>
        <translation>采集包输出在此步骤的段落之前就被截断了</translation>
    </message>
    <message>
        <source>unknown, because %1: run `%2` on the backend and give its output with --evidence</source>
        <translation>未知，因为%1：请在后端服务器上运行 `%2` 并通过 --evidence 提供其输出</translation>
    </message>
</context>
<context>
    <name>BundleCommand</name>
    <message>
        <source>Prints one read-only script that collects all of a backend&apos;s evidence at once.</source>
        <translation>输出一个只读脚本，一次性采集后端服务器的全部证据。</translation>
    </message>
    <message>
        <source>The backend&apos;s system: linux (POSIX sh) or windows (PowerShell 5.1+).</source>
        <translation>后端服务器的系统：linux（POSIX sh）或 windows（PowerShell 5.1+）。</translation>
    </message>
    <message>
        <source>The bundle command.</source>
        <translation>bundle 命令。</translation>
    </message>
    <message>
        <source>bundle needs --os linux or --os windows, got &quot;%1&quot;</source>
        <translation>bundle 需要 --os linux 或 --os windows，实际为“%1”</translation>
    </message>
    <message>
        <source>Add a bounded packet capture of the health checks as the last section (tcpdump for SECONDS, 30s, 2m; Linux, as root or with sudo -n). Off unless given.</source>
        <translation>在最后添加一段有时限的健康检查抓包（tcpdump 抓 SECONDS 秒，如 30s、2m；Linux，需 root 或 sudo -n）。不指定则不添加。</translation>
    </message>
    <message>
        <source>--capture takes a duration of 1 s to 1 h (30, 30s, 2m), got &quot;%1&quot;</source>
        <translation>--capture 的参数为 1 秒到 1 小时的时长（30、30s、2m），实际为“%1”</translation>
    </message>
</context>
<context>
    <name>BundleDialog</name>
    <message>
        <source>Collect everything at once</source>
        <translation>一次性采集全部证据</translation>
    </message>
    <message>
        <source>Send this script to the customer. It only reads (it changes nothing and writes no file) and prints every backend-side output at once; paste everything it prints below.</source>
        <translation>将此脚本发给客户。它只读取（不做任何修改，也不写任何文件），并一次性输出后端服务器侧的全部结果；请将它输出的全部内容粘贴到下方。</translation>
    </message>
    <message>
        <source>The backend&apos;s operating system</source>
        <translation>后端服务器的操作系统</translation>
    </message>
    <message>
        <source>Linux (sh, busybox too)</source>
        <translation>Linux（sh，也支持 busybox）</translation>
    </message>
    <message>
        <source>Windows (PowerShell 5.1 or later)</source>
        <translation>Windows（PowerShell 5.1 或更高版本）</translation>
    </message>
    <message>
        <source>The collection script</source>
        <translation>采集脚本</translation>
    </message>
    <message>
        <source>&amp;Copy script</source>
        <translation>复制脚本(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save script...</source>
        <translation>保存脚本(&amp;S)...</translation>
    </message>
    <message>
        <source>Everything the script printed</source>
        <translation>脚本输出的全部内容</translation>
    </message>
    <message>
        <source>Paste everything the script printed here, then press Analyze.</source>
        <translation>请将脚本输出的全部内容粘贴到这里，然后点击“分析”。</translation>
    </message>
    <message>
        <source>&amp;Load file...</source>
        <translation>载入文件(&amp;L)...</translation>
    </message>
    <message>
        <source>&amp;Analyze every step</source>
        <translation>分析每个步骤(&amp;A)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Their &amp;system:</source>
        <translation>对方系统(&amp;S)：</translation>
    </message>
    <message>
        <source>Saved as %1, it runs with: %2</source>
        <translation>保存为 %1 后，用以下命令运行：%2</translation>
    </message>
    <message>
        <source>The script is on the clipboard.</source>
        <translation>脚本已复制到剪贴板。</translation>
    </message>
    <message>
        <source>Save the collection script</source>
        <translation>保存采集脚本</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Load the bundle&apos;s output</source>
        <translation>载入采集包的输出</translation>
    </message>
    <message>
        <source>Paste the script&apos;s output first.</source>
        <translation>请先粘贴脚本的输出。</translation>
    </message>
    <message>
        <source>Analyzing...</source>
        <translation>正在分析...</translation>
    </message>
    <message>
        <source>%1 of %2 backend steps analyzed from the bundle.</source>
        <translation>已根据采集包分析了 %2 个后端步骤中的 %1 个。</translation>
    </message>
    <message numerus="yes">
        <source>Include a %n-second packet capture of the health checks (tcpdump, needs root)</source>
        <translation>
            <numerusform>包含 %n 秒的健康检查抓包（tcpdump，需要 root）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleParser</name>
    <message>
        <source>this is not an LB Doctor bundle output: it has no === LBDOCTOR markers. Run the bundle script on the backend and paste everything it prints</source>
        <translation>这不是 LB Doctor 采集包的输出：其中没有 === LBDOCTOR 标记。请在后端服务器上运行采集脚本，并粘贴它输出的全部内容</translation>
    </message>
    <message>
        <source>section %1 names an unknown step or kind (%2, %3) and was not analyzed</source>
        <translation>段落 %1 指明的步骤或类型未知（%2，%3），未作分析</translation>
    </message>
    <message>
        <source>the paste mixes output from different servers (%1 and %2): only %1&apos;s sections are analyzed; collect from %2 in a check of its own</source>
        <translation>粘贴内容混合了不同服务器的输出（%1 和 %2）：只分析 %1 的段落；请为 %2 单独做一次检查并采集</translation>
    </message>
    <message>
        <source>the first</source>
        <translation>第一台</translation>
    </message>
    <message>
        <source>the paste holds more than one run of the bundle from %1: only the first run is analyzed</source>
        <translation>粘贴内容包含 %1 上采集包的多次运行结果：只分析第一次</translation>
    </message>
    <message>
        <source>only one section of the bundle was pasted (%1): paste the whole output, from its === LBDOCTOR BUNDLE line to its === LBDOCTOR DONE line</source>
        <translation>只粘贴了采集包的一个段落（%1）：请粘贴完整输出，从 === LBDOCTOR BUNDLE 行到 === LBDOCTOR DONE 行</translation>
    </message>
    <message>
        <source>the start of the bundle output is missing: the paste begins at section %1</source>
        <translation>采集包输出的开头缺失：粘贴内容从段落 %1 开始</translation>
    </message>
    <message>
        <source>the bundle output has no complete section: paste everything the script printed</source>
        <translation>采集包输出中没有完整的段落：请粘贴脚本输出的全部内容</translation>
    </message>
    <message>
        <source>the paste is cut in the middle of section %1 (a chat window&apos;s length limit?): send the output as a file, or paste the rest</source>
        <translation>粘贴内容在段落 %1 中间被截断（聊天窗口的长度限制？）：请将输出作为文件发送，或粘贴剩余部分</translation>
    </message>
    <message>
        <source>the paste ends after section %1 before the bundle&apos;s last line (a chat window&apos;s length limit?): send the output as a file, or paste the rest</source>
        <translation>粘贴内容在段落 %1 之后、采集包最后一行之前结束（聊天窗口的长度限制？）：请将输出作为文件发送，或粘贴剩余部分</translation>
    </message>
    <message>
        <source>the bundle printed %1 sections but the paste holds %2: part of the middle is missing</source>
        <translation>采集包输出了 %1 个段落，但粘贴内容只有 %2 个：中间有一部分缺失</translation>
    </message>
    <message>
        <source>section %1 has no end marker: its output may be incomplete</source>
        <translation>段落 %1 没有结束标记：其输出可能不完整</translation>
    </message>
    <message>
        <source>this is not an LB Doctor bundle output: it has no === LBDOCTOR markers. Run the bundle script on the backend and give everything it prints with --evidence bundle=FILE</source>
        <translation>这不是 LB Doctor 采集包的输出：其中没有 === LBDOCTOR 标记。请在后端服务器上运行采集脚本，并通过 --evidence bundle=FILE 提供它输出的全部内容</translation>
    </message>
    <message>
        <source>the bundle output mixes output from different servers (%1 and %2): only %1&apos;s sections are analyzed; collect from %2 in a check of its own</source>
        <translation>采集包输出混合了不同服务器的输出（%1 和 %2）：只分析 %1 的段落；请为 %2 单独做一次检查并采集</translation>
    </message>
    <message>
        <source>the bundle output holds more than one run of the bundle from %1: only the first run is analyzed</source>
        <translation>采集包输出包含 %1 上采集包的多次运行结果：只分析第一次</translation>
    </message>
    <message>
        <source>only one section of the bundle was given (%1): give the whole output, from its === LBDOCTOR BUNDLE line to its === LBDOCTOR DONE line</source>
        <translation>只提供了采集包的一个段落（%1）：请提供完整输出，从 === LBDOCTOR BUNDLE 行到 === LBDOCTOR DONE 行</translation>
    </message>
    <message>
        <source>the start of the bundle output is missing: it begins at section %1</source>
        <translation>采集包输出的开头缺失：它从段落 %1 开始</translation>
    </message>
    <message>
        <source>the bundle output has no complete section: give everything the script printed</source>
        <translation>采集包输出中没有完整的段落：请提供脚本输出的全部内容</translation>
    </message>
    <message>
        <source>the bundle output is cut in the middle of section %1 (a chat window&apos;s length limit?): have the whole output sent as a file</source>
        <translation>采集包输出在段落 %1 中间被截断（聊天窗口的长度限制？）：请让对方将完整输出作为文件发送</translation>
    </message>
    <message>
        <source>the bundle output ends after section %1 before the bundle&apos;s last line (a chat window&apos;s length limit?): have the whole output sent as a file</source>
        <translation>采集包输出在段落 %1 之后、采集包最后一行之前结束（聊天窗口的长度限制？）：请让对方将完整输出作为文件发送</translation>
    </message>
    <message>
        <source>the bundle printed %1 sections but the output given holds %2: part of the middle is missing</source>
        <translation>采集包输出了 %1 个段落，但所提供的输出只有 %2 个：中间有一部分缺失</translation>
    </message>
</context>
<context>
    <name>CaptureAnalyzer</name>
    <message>
        <source>and %1 more</source>
        <translation>等另外 %1 个</translation>
    </message>
    <message>
        <source>1 address</source>
        <translation>1 个地址</translation>
    </message>
    <message>
        <source>%1 addresses</source>
        <translation>%1 个地址</translation>
    </message>
    <message>
        <source>unknown, because the profile names no health-check source addresses; give them (--source-cidr)</source>
        <translation>未知，因为配置文件中没有健康检查源地址；请提供（--source-cidr）</translation>
    </message>
    <message>
        <source>unknown, because the health-check source &quot;%1&quot; is not an address or CIDR</source>
        <translation>未知，因为健康检查源“%1”不是地址或 CIDR</translation>
    </message>
    <message>
        <source>unknown, because the health-check port is not known; give it (--port)</source>
        <translation>未知，因为健康检查端口未知；请提供（--port）</translation>
    </message>
    <message>
        <source>%1 packets over %2 s%3</source>
        <translation>%2 秒内共 %1 个数据包%3</translation>
    </message>
    <message>
        <source>unknown, because the capture holds no packet at all; capture on the interface the load balancer&apos;s traffic arrives on (or -i any), without a narrower filter</source>
        <translation>未知，因为抓包中没有任何数据包；请在负载均衡流量到达的网卡上抓包（或使用 -i any），不要使用更窄的过滤条件</translation>
    </message>
    <message>
        <source>unknown, because the capture holds no IP packet</source>
        <translation>未知，因为抓包中没有 IP 数据包</translation>
    </message>
    <message>
        <source>unknown, because the capture holds no packet to or from the backend %1: it seems to come from another interface or server (it saw %2); capture again with -i any</source>
        <translation>未知，因为抓包中没有发往或来自后端 %1 的数据包：它似乎来自其他网卡或其他服务器（其中看到的是 %2）；请使用 -i any 重新抓包</translation>
    </message>
    <message>
        <source>no health-check packet from %1 to %2 port %3 in %4 s (security group, network ACL, route or a wrong port: the packets never reach the server)</source>
        <translation>%4 秒内没有从 %1 发往 %2 端口 %3 的健康检查数据包（安全组、网络 ACL、路由或端口错误：数据包根本没有到达服务器）</translation>
    </message>
    <message>
        <source>the capture saw packets from: %1</source>
        <translation>抓包中看到的数据包来自：%1</translation>
    </message>
    <message>
        <source>%1 port %2 got packets only from addresses outside the health-check ranges: %3</source>
        <translation>%1 端口 %2 只收到了来自健康检查网段之外地址的数据包：%3</translation>
    </message>
    <message>
        <source>packets from the health-check addresses that were not a check to %1 port %2: %3 (is the load balancer checking another port?)</source>
        <translation>来自健康检查地址但不是发往 %1 端口 %2 的检查的数据包：%3（负载均衡是否在检查另一个端口？）</translation>
    </message>
    <message>
        <source>Allow %1 port %2 from %3 in the security group and the network ACL, check the route back to those addresses, and check that the load balancer&apos;s health check uses port %2. If this capture ran on another interface than the one the traffic arrives on, capture again with -i any.</source>
        <translation>在安全组和网络 ACL 中放行来自 %3 的 %1 端口 %2，检查回到这些地址的路由，并确认负载均衡的健康检查使用的是端口 %2。如果本次抓包所在的网卡不是流量到达的网卡，请使用 -i any 重新抓包。</translation>
    </message>
    <message>
        <source>health-check attempts to %1 port %2: %3, from %4</source>
        <translation>发往 %1 端口 %2 的健康检查：%3 次，来自 %4</translation>
    </message>
    <message>
        <source>answers: %1</source>
        <translation>应答：%1</translation>
    </message>
    <message>
        <source>HTTP status: %1; time to response: median %2 ms, longest %3 ms</source>
        <translation>HTTP 状态码：%1；响应时间：中位数 %2 毫秒，最长 %3 毫秒</translation>
    </message>
    <message>
        <source>time to answer: median %1 ms, longest %2 ms</source>
        <translation>应答时间：中位数 %1 毫秒，最长 %2 毫秒</translation>
    </message>
    <message>
        <source>checks that reset the connection right after the SYN-ACK: %1 (a half-open check, as Alibaba Cloud&apos;s TCP check does; the backend answered them)</source>
        <translation>收到 SYN-ACK 后立即重置连接的检查：%1 次（半开连接检查，阿里云的 TCP 检查就是这样；后端已应答）</translation>
    </message>
    <message>
        <source>SYNs sent again because the first got no answer in time: %1</source>
        <translation>因首个 SYN 未及时得到应答而重发的 SYN：%1 个</translation>
    </message>
    <message>
        <source>HTTPS: the status is encrypted, so the capture shows the TCP handshake only</source>
        <translation>HTTPS：状态码是加密的，因此抓包只能显示 TCP 握手</translation>
    </message>
    <message>
        <source>1 check from %1 in %2 s</source>
        <translation>%2 秒内来自 %1 的 1 次检查</translation>
    </message>
    <message>
        <source>%3 checks from %1 in %2 s</source>
        <translation>%2 秒内来自 %1 的 %3 次检查</translation>
    </message>
    <message>
        <source>the backend is healthy from its side: look at the load balancer&apos;s settings</source>
        <translation>从后端角度看它是健康的：请检查负载均衡的设置</translation>
    </message>
    <message>
        <source>%1: checks arrive and are answered %2 in %3 ms (%4)</source>
        <translation>%1：检查已到达并在 %3 毫秒内得到 %2 应答（%4）</translation>
    </message>
    <message>
        <source>%1: checks arrive and are answered (a reply in %2 ms) (%3)</source>
        <translation>%1：检查已到达并得到应答（%2 毫秒内回复）（%3）</translation>
    </message>
    <message>
        <source>%1: checks arrive and are answered (SYN-ACK in %2 ms) (%3)</source>
        <translation>%1：检查已到达并得到应答（%2 毫秒内返回 SYN-ACK）（%3）</translation>
    </message>
    <message>
        <source>The backend answers the checks: compare the load balancer&apos;s health-check settings (port, protocol, path, Host, healthy codes) with what the capture shows, and the backend status the provider reports.</source>
        <translation>后端应答了健康检查：请将负载均衡的健康检查设置（端口、协议、路径、Host、健康状态码）与抓包所见以及云厂商报告的后端状态进行对比。</translation>
    </message>
    <message>
        <source>checks arrive and get no answer (a local firewall DROP or a full accept queue)</source>
        <translation>检查已到达但没有得到应答（本机防火墙 DROP 或 accept 队列已满）</translation>
    </message>
    <message>
        <source>Look for a host firewall rule that drops %1 port %2 from %3 (the firewall step), and at the listen queue: `ss -ltn` showing Recv-Q at the backlog means a full accept queue.</source>
        <translation>查找丢弃来自 %3 的 %1 端口 %2 的主机防火墙规则（见防火墙步骤），并检查监听队列：`ss -ltn` 中 Recv-Q 达到 backlog 表示 accept 队列已满。</translation>
    </message>
    <message>
        <source>checks arrive and the handshake completes, but no HTTP response follows within the capture</source>
        <translation>检查已到达且握手完成，但抓包中没有随后的 HTTP 响应</translation>
    </message>
    <message>
        <source>The server accepts the connection and never answers the request: look at the application (hung workers, a proxy waiting on an upstream) and its logs for the health-check path.</source>
        <translation>服务器接受了连接却从未应答请求：请检查应用程序（工作进程卡住、代理在等待上游）及其针对健康检查路径的日志。</translation>
    </message>
    <message>
        <source>checks arrive and are reset (nothing listens on port %1, or a firewall rejects them with a TCP reset)</source>
        <translation>检查已到达但被重置（端口 %1 上没有进程监听，或防火墙用 TCP reset 拒绝了它们）</translation>
    </message>
    <message>
        <source>Start the service on port %1 at an address the checks reach (the listening step), or remove the rule that rejects %2 with a reset.</source>
        <translation>在检查能到达的地址上启动端口 %1 的服务（见监听步骤），或删除用 reset 拒绝 %2 的规则。</translation>
    </message>
    <message>
        <source>checks arrive and are answered with ICMP port unreachable (nothing listens on UDP port %1, or a firewall rejects them)</source>
        <translation>检查已到达但收到 ICMP 端口不可达（UDP 端口 %1 上没有进程监听，或防火墙拒绝了它们）</translation>
    </message>
    <message>
        <source>checks arrive and are answered with ICMP unreachable (a firewall REJECT rule)</source>
        <translation>检查已到达但收到 ICMP 不可达（防火墙 REJECT 规则）</translation>
    </message>
    <message>
        <source>Start the service on UDP port %1, or remove the firewall rule that rejects %2.</source>
        <translation>在 UDP 端口 %1 上启动服务，或删除拒绝 %2 的防火墙规则。</translation>
    </message>
    <message>
        <source>Remove the host firewall&apos;s REJECT rule for %1 port %2 from %3 (the firewall step shows which).</source>
        <translation>删除主机防火墙中针对来自 %3 的 %1 端口 %2 的 REJECT 规则（防火墙步骤会指出是哪一条）。</translation>
    </message>
    <message>
        <source>checks arrive and are answered %1 (the load balancer counts only %2 as healthy)</source>
        <translation>检查已到达并得到 %1 应答（负载均衡只把 %2 视为健康）</translation>
    </message>
    <message>
        <source>Make the health-check path answer with %1 (check the path and the Host the checks send), or change the load balancer&apos;s healthy codes or path.</source>
        <translation>让健康检查路径返回 %1（检查健康检查发送的路径和 Host），或修改负载均衡的健康状态码或路径。</translation>
    </message>
    <message>
        <source>checks arrive and are answered, but in up to %1 ms, above the %2 ms health-check timeout</source>
        <translation>检查已到达并得到应答，但最长用时 %1 毫秒，超过了 %2 毫秒的健康检查超时</translation>
    </message>
    <message>
        <source>Find why the answer is slow (server load, a slow health-check page, a slow dependency), or raise the load balancer&apos;s health-check timeout.</source>
        <translation>查明应答慢的原因（服务器负载、健康检查页面慢、依赖服务慢），或调大负载均衡的健康检查超时时间。</translation>
    </message>
    <message>
        <source>checks arrive and the backend answers, but the HTTP status is unreadable: the capture keeps only %1 bytes of each packet (snap length); capture again with -s 0</source>
        <translation>检查已到达且后端有应答，但 HTTP 状态码无法读取：抓包只保留了每个数据包的 %1 字节（snap length）；请使用 -s 0 重新抓包</translation>
    </message>
    <message>
        <source>Capture again so the HTTP response is readable.</source>
        <translation>请重新抓包，使 HTTP 响应可以读取。</translation>
    </message>
    <message>
        <source>checks arrive; the backend sends neither a reply nor an ICMP error (healthy for a UDP check that only waits for an ICMP error, unhealthy for one that expects a reply)</source>
        <translation>检查已到达；后端既没有回复也没有返回 ICMP 错误（对只等待 ICMP 错误的 UDP 检查而言是健康的，对期望收到回复的检查而言是不健康的）</translation>
    </message>
    <message>
        <source>If the load balancer&apos;s UDP check expects a reply string, make the service answer it on UDP port %1.</source>
        <translation>如果负载均衡的 UDP 检查期望收到回复字符串，请让服务在 UDP 端口 %1 上回复它。</translation>
    </message>
    <message>
        <source>%1: %2 answered well, %3 not: %4 (intermittent)</source>
        <translation>%1：%2 次应答正常，%3 次不正常：%4（间歇性）</translation>
    </message>
    <message>
        <source>unknown, because %1</source>
        <translation>未知，因为%1</translation>
    </message>
    <message>
        <source>a packet capture (pcap, pcapng, or tcpdump text)</source>
        <translation>抓包（pcap、pcapng 或 tcpdump 文本）</translation>
    </message>
    <message>
        <source>, snap length %1</source>
        <translation>，snap length %1</translation>
    </message>
    <message>
        <source>capture file %1, %2 packets</source>
        <translation>抓包文件 %1，%2 个数据包</translation>
    </message>
    <message>
        <source> (the file is damaged or truncated: read up to packet %1)</source>
        <translation>（文件已损坏或被截断：读取到第 %1 个数据包为止）</translation>
    </message>
    <message>
        <source>unknown, because the paste mixes lines of two captures (%1); paste one capture at a time</source>
        <translation>未知，因为粘贴的内容混合了两次抓包的行（%1）；请一次只粘贴一次抓包</translation>
    </message>
    <message>
        <source>unknown, because the text is not tcpdump output: no packet line such as &quot;12:00:00.000000 IP 100.64.1.2.40000 &gt; 10.0.0.5.80: Flags [S], ...&quot;</source>
        <translation>未知，因为该文本不是 tcpdump 输出：没有类似“12:00:00.000000 IP 100.64.1.2.40000 &gt; 10.0.0.5.80: Flags [S], ...”的数据包行</translation>
    </message>
    <message>
        <source>tcpdump text</source>
        <translation>tcpdump 文本</translation>
    </message>
    <message>
        <source>lines not understood and skipped: %1</source>
        <translation>无法识别而跳过的行：%1</translation>
    </message>
    <message>
        <source>Compared with the host firewall: </source>
        <translation>与主机防火墙对比：</translation>
    </message>
    <message>
        <source>the firewall finding says the rules block the health-check addresses, yet the capture shows their checks answered by the backend: the two contradict each other, and the capture is what happened; the pasted rules come from another server or another moment, or are not the rules in force</source>
        <translation>防火墙结论认为规则拦截了健康检查地址，但抓包显示这些检查得到了后端应答：两者相互矛盾，而抓包反映的是实际发生的情况；粘贴的规则来自其他服务器或其他时刻，或者并非正在生效的规则</translation>
    </message>
    <message>
        <source>the firewall rules would block the checks too, but the checks never reach the server: the first cause is before it (security group, network ACL, route)</source>
        <translation>防火墙规则也会拦截这些检查，但检查根本没有到达服务器：首要原因在它之前（安全组、网络 ACL、路由）</translation>
    </message>
    <message>
        <source>the firewall finding says the rules allow the checks, yet they get no answer: look for a rule outside the pasted tables, a full accept queue, or a reply that leaves by another route</source>
        <translation>防火墙结论认为规则放行了这些检查，但它们没有得到应答：请查找粘贴的表之外的规则、已满的 accept 队列，或经其他路由发出的回包</translation>
    </message>
    <message>
        <source>the firewall finding says the rules allow the checks, yet the backend rejects them with ICMP: the pasted rules are not the ones in force, or another layer rejects them</source>
        <translation>防火墙结论认为规则放行了这些检查，但后端用 ICMP 拒绝了它们：粘贴的规则并非正在生效的规则，或者有其他层拒绝了它们</translation>
    </message>
    <message>
        <source>checks arrive and the backend answers, but the HTTP status is unreadable: tcpdump&apos;s text decodes HTTP only on well-known HTTP ports such as 80; capture with -A, or save the capture with -w and give the file</source>
        <translation>检查已到达且后端有应答，但 HTTP 状态码无法读取：tcpdump 的文本输出只在 80 等常见 HTTP 端口上解码 HTTP；请加 -A 抓包，或用 -w 保存抓包并提供该文件</translation>
    </message>
    <message>
        <source>checks that completed the handshake and sent no HTTP request: %1 (a TCP health check on an HTTP listener, or the capture ended first)</source>
        <translation>完成握手但未发送 HTTP 请求的检查：%1 次（HTTP 监听上配置的是 TCP 健康检查，或者抓包先结束了）</translation>
    </message>
    <message>
        <source>unknown, because the input mixes lines of two captures (%1); give one capture at a time</source>
        <translation>未知，因为输入混合了两次抓包的行（%1）；请一次只提供一次抓包</translation>
    </message>
    <message>
        <source>the firewall finding says the rules block the health-check addresses, yet the capture shows their checks answered by the backend: the two contradict each other, and the capture is what happened; the rules given come from another server or another moment, or are not the rules in force</source>
        <translation>防火墙结论认为规则拦截了健康检查地址，但抓包显示这些检查得到了后端应答：两者相互矛盾，而抓包反映的是实际发生的情况；所提供的规则来自其他服务器或其他时刻，或者并非正在生效的规则</translation>
    </message>
    <message>
        <source>the firewall finding says the rules allow the checks, yet they get no answer: look for a rule outside the tables given, a full accept queue, or a reply that leaves by another route</source>
        <translation>防火墙结论认为规则放行了这些检查，但它们没有得到应答：请查找所提供的表之外的规则、已满的 accept 队列，或经其他路由发出的回包</translation>
    </message>
    <message>
        <source>the firewall finding says the rules allow the checks, yet the backend rejects them with ICMP: the rules given are not the ones in force, or another layer rejects them</source>
        <translation>防火墙结论认为规则放行了这些检查，但后端用 ICMP 拒绝了它们：所提供的规则并非正在生效的规则，或者有其他层拒绝了它们</translation>
    </message>
</context>
<context>
    <name>CaptureFile</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>libpcap cannot read %1: %2</source>
        <translation>libpcap 无法读取 %1：%2</translation>
    </message>
    <message>
        <source>the capture&apos;s link type is %1 (%2); LB Doctor reads Ethernet (with VLAN tags), Linux cooked (SLL, SLL2), raw IP and loopback captures</source>
        <translation>抓包的链路类型是 %1（%2）；LB Doctor 可读取以太网（含 VLAN 标签）、Linux cooked（SLL、SLL2）、原始 IP 和环回接口的抓包</translation>
    </message>
    <message>
        <source>the file is damaged or truncated after %1 packets (%2); the analysis covers the packets before that</source>
        <translation>文件在第 %1 个数据包之后已损坏或被截断（%2）；分析只覆盖此前的数据包</translation>
    </message>
    <message>
        <source>%1 is a capture file, and this LB Doctor was built without libpcap, which reads capture files; paste the output of `tcpdump -nn -r FILE` instead</source>
        <translation>%1 是抓包文件，而此版本的 LB Doctor 构建时未包含读取抓包文件所需的 libpcap；请改为粘贴 `tcpdump -nn -r FILE` 的输出</translation>
    </message>
    <message>
        <source>%1 is a capture file, and this LB Doctor was built without libpcap, which reads capture files; give the output of `tcpdump -nn -r FILE` instead</source>
        <translation>%1 是抓包文件，而此版本的 LB Doctor 构建时未包含读取抓包文件所需的 libpcap；请改为提供 `tcpdump -nn -r FILE` 的输出</translation>
    </message>
</context>
<context>
    <name>CaptureInput</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB of text; save the capture with `tcpdump -w FILE` and pass the file instead</source>
        <translation>%1 的文本超过 %2 MB；请用 `tcpdump -w FILE` 保存抓包并改为提供该文件</translation>
    </message>
    <message>
        <source>cannot spool the capture from standard input to a temporary file: %1</source>
        <translation>无法将标准输入中的抓包写入临时文件：%1</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>标准输入</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Runs the providers&apos; health-check procedure against one backend.</source>
        <translation>对一台后端服务器执行云厂商的健康检查排查流程。</translation>
    </message>
    <message>
        <source>LB Doctor runs on the backend: collect firewall, sockets, routes... here.</source>
        <translation>LB Doctor 运行在后端服务器上：在本机收集防火墙、套接字、路由等信息。</translation>
    </message>
    <message>
        <source>Analyze saved output: KIND=FILE (kind or step id). Repeatable.</source>
        <translation>分析已保存的输出：KIND=FILE（类型或步骤 ID）。可重复使用。</translation>
    </message>
    <message>
        <source>Write a report; the format follows the extension.</source>
        <translation>生成报告；格式由文件扩展名决定。</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>The check command.</source>
        <translation>check 命令。</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: the report format follows the extension, one of %2</source>
        <translation>无法写入“%1”：报告格式由扩展名决定，可选 %2</translation>
    </message>
    <message>
        <source>--evidence takes KIND=FILE, got &quot;%1&quot;</source>
        <translation>--evidence 的参数格式为 KIND=FILE，实际为“%1”</translation>
    </message>
    <message>
        <source>unknown evidence kind &quot;%1&quot;; one of: %2</source>
        <translation>未知的证据类型“%1”；可选：%2</translation>
    </message>
    <message>
        <source>cannot resolve &quot;%1&quot;: %2</source>
        <translation>无法解析“%1”：%2</translation>
    </message>
    <message>
        <source>%1 resolves to %2
</source>
        <translation>%1 解析为 %2
</translation>
    </message>
    <message>
        <source>Report written to %1
</source>
        <translation>报告已写入 %1
</translation>
    </message>
    <message>
        <source>The listener&apos;s health-check configuration (the provider&apos;s CLI/API JSON): fills the target; explicit options win.</source>
        <translation>监听器的健康检查配置（云厂商 CLI/API 输出的 JSON）：用于填写目标；显式给出的选项优先。</translation>
    </message>
    <message>
        <source>The backends&apos; health status as the load balancer reports it (the provider&apos;s CLI/API JSON).</source>
        <translation>负载均衡报告的后端健康状态（云厂商 CLI/API 输出的 JSON）。</translation>
    </message>
    <message>
        <source>Pass an ssh option (-o KEY=VALUE): IdentityFile, UserKnownHostsFile, ProxyJump... Repeatable.</source>
        <translation>传给 ssh 的选项（-o KEY=VALUE）：IdentityFile、UserKnownHostsFile、ProxyJump……可重复。</translation>
    </message>
    <message>
        <source>The backend&apos;s system for --ssh: linux (default) or windows (PowerShell over OpenSSH).</source>
        <translation>--ssh 所连后端服务器的系统：linux（默认）或 windows（通过 OpenSSH 运行 PowerShell）。</translation>
    </message>
    <message>
        <source>Stop an SSH collection after this many seconds (default 120).</source>
        <translation>SSH 采集超过这么多秒后停止（默认 120）。</translation>
    </message>
    <message>
        <source>--lb-config %1: %2</source>
        <translation>--lb-config %1：%2</translation>
    </message>
    <message>
        <source>this is a backend status (%1): pass it with --lb-status</source>
        <translation>这是后端健康状态（%1）：请用 --lb-status 传入</translation>
    </message>
    <message>
        <source>--lb-config %1 is a %2 configuration, but --profile says %3</source>
        <translation>--lb-config %1 是 %2 的配置，但 --profile 指定的是 %3</translation>
    </message>
    <message>
        <source>--lb-status %1: %2</source>
        <translation>--lb-status %1：%2</translation>
    </message>
    <message>
        <source>this is a health-check configuration (%1): pass it with --lb-config</source>
        <translation>这是健康检查配置（%1）：请用 --lb-config 传入</translation>
    </message>
    <message>
        <source>
(values not given as options come from --lb-config %1)</source>
        <translation>
（未用选项给出的值来自 --lb-config %1）</translation>
    </message>
    <message>
        <source>--local and --ssh both collect the backend&apos;s evidence: choose one</source>
        <translation>--local 和 --ssh 都会采集后端服务器的证据：请二选一</translation>
    </message>
    <message>
        <source>--ssh-os takes linux or windows, got &quot;%1&quot;</source>
        <translation>--ssh-os 只接受 linux 或 windows，实际为“%1”</translation>
    </message>
    <message>
        <source>--ssh-time-limit takes 1-3600 seconds, got &quot;%1&quot;</source>
        <translation>--ssh-time-limit 只接受 1-3600 秒，实际为“%1”</translation>
    </message>
    <message>
        <source>--ssh-option, --ssh-os and --ssh-time-limit need --ssh [USER@]HOST[:PORT]</source>
        <translation>--ssh-option、--ssh-os 和 --ssh-time-limit 需要配合 --ssh [USER@]HOST[:PORT] 使用</translation>
    </message>
    <message>
        <source>--ssh and --evidence bundle=FILE both give the backend&apos;s evidence: choose one</source>
        <translation>--ssh 和 --evidence bundle=FILE 都会提供后端服务器的证据：请二选一</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source> (it looks like %1: pass it as --evidence %2=FILE)</source>
        <translation>（它看起来像 %1：请用 --evidence %2=FILE 传入）</translation>
    </message>
    <message>
        <source>%1 is the output of the collection bundle, not of one command: pass it as --evidence bundle=%1</source>
        <translation>%1 是采集包的输出，而不是单个命令的输出：请用 --evidence bundle=%1 传入</translation>
    </message>
    <message>
        <source>warning: %1; the output received so far is analyzed
</source>
        <translation>警告：%1；将分析已收到的输出
</translation>
    </message>
    <message>
        <source>%1 answered over ssh, but not with the bundle&apos;s output (%2 bytes, no === LBDOCTOR markers): check that the account&apos;s shell runs `sh -s` (a forced command or a menu replaces it), or use --ssh-os windows for a Windows server</source>
        <translation>%1 通过 ssh 做出了应答，但不是采集包的输出（%2 字节，没有 === LBDOCTOR 标记）：请检查该账号的 shell 是否会运行 `sh -s`（强制命令或菜单会替代它），Windows 服务器请使用 --ssh-os windows</translation>
    </message>
    <message>
        <source>collecting over ssh from %1...
</source>
        <translation>正在通过 ssh 从 %1 采集……
</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>警告：%1
</translation>
    </message>
    <message>
        <source>Check a whole server group instead of one backend: a CSV file (ip,port[,check_port][,name]), a list with one ip:port a line, or a load balancer status; - reads standard input.</source>
        <translation>检查整个服务器组而非单台后端服务器：CSV 文件（ip,port[,check_port][,name]）、每行一个 ip:port 的列表，或负载均衡状态；- 表示从标准输入读取。</translation>
    </message>
    <message>
        <source>With --targets: at most N connections in flight (default %1; a backend&apos;s TCP and HTTP probes count two).</source>
        <translation>与 --targets 一起使用：最多同时 N 个连接（默认 %1；一台后端服务器的 TCP 和 HTTP 探测计为两个）。</translation>
    </message>
    <message>
        <source>--concurrency needs --targets FILE|-</source>
        <translation>--concurrency 需要 --targets FILE|-</translation>
    </message>
    <message>
        <source>--targets gives the backends&apos; addresses and ports: leave out --ip and --port</source>
        <translation>--targets 已给出各后端服务器的地址和端口：请去掉 --ip 和 --port</translation>
    </message>
    <message>
        <source>--targets %1: %2</source>
        <translation>--targets %1：%2</translation>
    </message>
    <message>
        <source>--concurrency takes 1-%1, got &quot;%2&quot;</source>
        <translation>--concurrency 取值为 1-%1，实际为“%2”</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: a group report is one of %2</source>
        <translation>无法写入“%1”：服务器组报告的格式须为 %2 之一</translation>
    </message>
    <message>
        <source>Capture the health checks for SECONDS (30s, 2m) with tcpdump: with --local here first (as root), with --ssh as the bundle&apos;s last section.</source>
        <translation>用 tcpdump 抓取健康检查报文 SECONDS 秒（30s、2m）：与 --local 一起时先在本机抓包（需 root），与 --ssh 一起时作为采集脚本的最后一段。</translation>
    </message>
    <message>
        <source>--capture takes a duration of 1 s to 1 h (30, 30s, 2m), got &quot;%1&quot;</source>
        <translation>--capture 的参数为 1 秒到 1 小时的时长（30、30s、2m），实际为“%1”</translation>
    </message>
    <message>
        <source>--capture needs --local (LB Doctor captures here, on the backend) or --ssh (the bundle captures there)</source>
        <translation>--capture 需要 --local（LB Doctor 在本机即后端服务器上抓包）或 --ssh（由采集脚本在远端抓包）</translation>
    </message>
    <message>
        <source>capturing the health checks on any for %1 s with tcpdump...
</source>
        <translation>正在用 tcpdump 在所有网卡上抓取健康检查报文 %1 秒……
</translation>
    </message>
    <message>
        <source>unknown, because %1</source>
        <translation>未知，因为%1</translation>
    </message>
    <message>
        <source>Collect the backend&apos;s evidence over SSH with the system&apos;s ssh client: [USER@]HOST[:PORT]; with --targets, each backend&apos;s: USER@{ip} or {name}.</source>
        <translation>用系统的 ssh 客户端通过 SSH 收集后端服务器的证据：[USER@]HOST[:PORT]；与 --targets 一起使用时收集每台后端服务器的证据：USER@{ip} 或 {name}。</translation>
    </message>
    <message>
        <source>With --targets: the backends&apos; collection bundles, a folder of files or a file (repeatable); each goes to the backend whose address its host owns, whose name is its host name, or whose address or name is its file name.</source>
        <translation>与 --targets 一起使用：各后端服务器的收集脚本输出，一个文件夹或一个文件（可重复）；每份输出归属于其主机拥有该地址、名称等于其主机名、或地址或名称等于其文件名的后端服务器。</translation>
    </message>
    <message>
        <source>--bundles needs --targets FILE|-; for one backend use --evidence bundle=FILE</source>
        <translation>--bundles 需要 --targets FILE|-；单台后端服务器请用 --evidence bundle=FILE</translation>
    </message>
    <message>
        <source>--local collects on this one machine; each backend of a group gives its own evidence: --ssh USER@{ip} or --bundles PATH</source>
        <translation>--local 只在本机收集；服务器组中的每台后端服务器需提供自己的证据：--ssh USER@{ip} 或 --bundles PATH</translation>
    </message>
    <message>
        <source>--ssh and --bundles both give each backend&apos;s evidence: choose one</source>
        <translation>--ssh 和 --bundles 都提供每台后端服务器的证据：请选择其一</translation>
    </message>
    <message>
        <source>--evidence bundle=FILE is one backend&apos;s: give each backend of the group its own with --bundles PATH</source>
        <translation>--evidence bundle=FILE 只属于一台后端服务器：请用 --bundles PATH 为服务器组中的每台后端服务器提供各自的输出</translation>
    </message>
    <message>
        <source>--evidence %1=FILE would say the same of every backend of the group: give each backend its own with --bundles PATH or --ssh USER@{ip}</source>
        <translation>--evidence %1=FILE 会对服务器组中的每台后端服务器得出相同结论：请用 --bundles PATH 或 --ssh USER@{ip} 为每台后端服务器提供各自的证据</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>未知选项“%1”</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>未指定命令</translation>
    </message>
    <message>
        <source>the demo backend is not built into this LB Doctor yet</source>
        <translation>此版本的 LB Doctor 尚未内置演示后端</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>List the provider profiles.</source>
        <translation>列出云厂商配置文件。</translation>
    </message>
    <message>
        <source>      health-check sources: %1
</source>
        <translation>      健康检查源地址：%1
</translation>
    </message>
    <message>
        <source>entered by you (%1)</source>
        <translation>由您输入（%1）</translation>
    </message>
    <message>
        <source>      HTTP check: %1 HTTP/%2, healthy codes %3; interval %4 s, timeout %5 s, thresholds %6/%7
</source>
        <translation>      HTTP 检查：%1 HTTP/%2，健康状态码 %3；间隔 %4 秒，超时 %5 秒，阈值 %6/%7
</translation>
    </message>
    <message>
        <source>The saved output to analyze, or - for standard input.</source>
        <translation>要分析的已保存输出，或用 - 表示标准输入。</translation>
    </message>
    <message>
        <source>One of: %1</source>
        <translation>可选：%1</translation>
    </message>
    <message>
        <source>analyze needs a KIND; known kinds: %1</source>
        <translation>analyze 需要指定 KIND；已知类型：%1</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; known kinds: %2</source>
        <translation>未知类型“%1”；已知类型：%2</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>analyze needs --file FILE (or --file - for standard input)</source>
        <translation>analyze 需要 --file FILE（或用 --file - 读取标准输入）</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; commands: profiles, check, analyze, bundle, import, watch, demo</source>
        <translation>未知命令“%1”；可用命令：profiles、check、analyze、bundle、import、watch、demo</translation>
    </message>
    <message>
        <source>capture only: capture on this machine (the backend) with tcpdump for SECONDS (30s, 2m; at most 1 h), as root, then analyze it; Ctrl-C ends it early.</source>
        <translation>仅用于 capture：以 root 身份在本机（后端服务器）用 tcpdump 抓包 SECONDS 秒（30s、2m；最长 1 小时），然后分析；Ctrl-C 可提前结束。</translation>
    </message>
    <message>
        <source>Analyzes the saved output of one command from the backend (KIND, e.g. iptables for `iptables-save`) against the profile&apos;s health check: the health-check addresses, the port and the protocol. Nothing is probed or sent. Options about the HTTP request (--domain, --path, --codes, --timeout) do not change an analysis.</source>
        <translation>按配置文件中的健康检查（健康检查源地址、端口和协议）分析后端某条命令保存下来的输出（KIND，例如 iptables 对应 `iptables-save`）。不会探测或发送任何内容。关于 HTTP 请求的选项（--domain、--path、--codes、--timeout）不影响分析结果。</translation>
    </message>
    <message>
        <source>--live works with analyze capture only</source>
        <translation>--live 只能用于 analyze capture</translation>
    </message>
    <message>
        <source>give either --live or --file, not both</source>
        <translation>请只给出 --live 或 --file 之一，不要同时给出</translation>
    </message>
    <message>
        <source>--live takes a duration of 1 s to 1 h (30, 30s, 2m), got &quot;%1&quot;</source>
        <translation>--live 的参数为 1 秒到 1 小时的时长（30、30s、2m），实际为“%1”</translation>
    </message>
    <message>
        <source>Usage:
  lbdoctor-cli --version | --help
  lbdoctor-cli profiles [--json]
  lbdoctor-cli check   --profile ID [--variant V] --listener tcp|udp|http|https --ip IP --port N
                       [--check-port N] [--domain HOST] [--path /p] [--codes 2xx,3xx|200,202]
                       [--timeout MS] [--local] [--evidence KIND=FILE]... [--report FILE] [--json]
                       [--source-cidr CIDR] [--iface NAME] [--lb-config FILE] [--lb-status FILE]
                       [--ssh [USER@]HOST[:PORT] [--ssh-option KEY=VALUE]... [--ssh-os linux|windows]]
                       [--targets FILE|- [--concurrency N] [--bundles PATH | --ssh USER@{ip}]]   (a server group)
                       [--capture SECONDS]   (with --local or --ssh: a bounded tcpdump capture)
  lbdoctor-cli analyze KIND --profile ID [--variant V] --port N [--listener tcp|udp|http|https] [--ip IP]
                       [--source-cidr CIDR] [--iface NAME] --file FILE|- [--json]
  lbdoctor-cli analyze capture --profile ID --port N [--listener L] [--iface NAME]
                       --live SECONDS|30s|2m [--json]   (on the backend, as root: runs tcpdump)
  lbdoctor-cli bundle  --os linux|windows --profile ID --listener L --port N [--ip IP]
                       [--capture SECONDS]   (adds a bounded tcpdump section)
  lbdoctor-cli import  FILE|- [--json]
  lbdoctor-cli watch   (check&apos;s target options) [--interval MS] [--duration 10m|SECONDS]
                       [--csv FILE] [--report FILE] [--json]
  lbdoctor-cli demo    [--report FILE] [--json]

Exit codes: 0 nothing failed, 1 a problem was found, 2 bad usage or bad input.
`lbdoctor-cli COMMAND --help` describes each command&apos;s options.
</source>
        <translation>用法：
  lbdoctor-cli --version | --help
  lbdoctor-cli profiles [--json]
  lbdoctor-cli check   --profile ID [--variant V] --listener tcp|udp|http|https --ip IP --port N
                       [--check-port N] [--domain HOST] [--path /p] [--codes 2xx,3xx|200,202]
                       [--timeout MS] [--local] [--evidence KIND=FILE]... [--report FILE] [--json]
                       [--source-cidr CIDR] [--iface NAME] [--lb-config FILE] [--lb-status FILE]
                       [--ssh [USER@]HOST[:PORT] [--ssh-option KEY=VALUE]... [--ssh-os linux|windows]]
                       [--targets FILE|- [--concurrency N] [--bundles PATH | --ssh USER@{ip}]]   （服务器组）
                       [--capture SECONDS]   （与 --local 或 --ssh 一起用：有时限的 tcpdump 抓包）
  lbdoctor-cli analyze KIND --profile ID [--variant V] --port N [--listener tcp|udp|http|https] [--ip IP]
                       [--source-cidr CIDR] [--iface NAME] --file FILE|- [--json]
  lbdoctor-cli analyze capture --profile ID --port N [--listener L] [--iface NAME]
                       --live SECONDS|30s|2m [--json]   （在后端服务器上以 root 运行：执行 tcpdump）
  lbdoctor-cli bundle  --os linux|windows --profile ID --listener L --port N [--ip IP]
                       [--capture SECONDS]   （添加一段有时限的 tcpdump 抓包）
  lbdoctor-cli import  FILE|- [--json]
  lbdoctor-cli watch   (check&apos;s target options) [--interval MS] [--duration 10m|SECONDS]
                       [--csv FILE] [--report FILE] [--json]
  lbdoctor-cli demo    [--report FILE] [--json]

退出码：0 没有失败项，1 发现了问题，2 用法错误或输入有误。
`lbdoctor-cli COMMAND --help` 说明每个命令的选项。
</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>Language of the output: en, zh_CN (default: the system&apos;s).</source>
        <translation>输出语言：en、zh_CN（默认：跟随系统）。</translation>
    </message>
    <message>
        <source>see lbdoctor-cli %1 --help</source>
        <translation>参见 lbdoctor-cli %1 --help</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>warning: profile not loaded: %1
</source>
        <translation>警告：未加载配置文件：%1
</translation>
    </message>
</context>
<context>
    <name>CommandBox</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy this command to the clipboard</source>
        <translation>将此命令复制到剪贴板</translation>
    </message>
    <message>
        <source>Copy command: %1</source>
        <translation>复制命令：%1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>CommandCatalogue</name>
    <message>
        <source>Linux (ss, ip)</source>
        <translation>Linux（ss、ip）</translation>
    </message>
    <message>
        <source>Linux, older (netstat, route)</source>
        <translation>Linux，旧版（netstat、route）</translation>
    </message>
    <message>
        <source>Windows (Command Prompt)</source>
        <translation>Windows（命令提示符）</translation>
    </message>
    <message>
        <source>Windows (PowerShell)</source>
        <translation>Windows（PowerShell）</translation>
    </message>
    <message>
        <source>needs root: run with sudo</source>
        <translation>需要 root 权限：请用 sudo 运行</translation>
    </message>
    <message>
        <source>needs root: run with sudo; on nftables systems (Debian 10+, RHEL 8+) this shows every table</source>
        <translation>需要 root 权限：请用 sudo 运行；在使用 nftables 的系统（Debian 10+、RHEL 8+）上会显示所有表</translation>
    </message>
    <message>
        <source>needs root; only where firewalld runs (RHEL, CentOS, Rocky)</source>
        <translation>需要 root 权限；仅适用于运行 firewalld 的系统（RHEL、CentOS、Rocky）</translation>
    </message>
    <message>
        <source>needs root; only where ufw is used (Ubuntu)</source>
        <translation>需要 root 权限；仅适用于使用 ufw 的系统（Ubuntu）</translation>
    </message>
    <message>
        <source>run with sudo to see which program listens; no output means nothing uses port %1</source>
        <translation>用 sudo 运行才能看到是哪个程序在监听；没有输出表示没有程序使用端口 %1</translation>
    </message>
    <message>
        <source>run with sudo to see which program listens</source>
        <translation>用 sudo 运行才能看到是哪个程序在监听</translation>
    </message>
    <message>
        <source>prints each file under a &quot;==&gt; file &lt;==&quot; line; a missing file means no rules</source>
        <translation>每个文件的内容显示在一行“==&gt; file &lt;==”之下；文件不存在表示没有规则</translation>
    </message>
    <message>
        <source>Windows prints this in the system language; LB Doctor reads English best</source>
        <translation>Windows 以系统语言输出此内容；LB Doctor 最擅长读取英文输出</translation>
    </message>
    <message>
        <source>no output means nothing uses port %1</source>
        <translation>没有输出表示没有程序使用端口 %1</translation>
    </message>
    <message>
        <source>needs root: run with sudo; stops after %1 packets or %2 s; paste what it prints</source>
        <translation>需要 root 权限：请用 sudo 运行；抓到 %1 个数据包或 %2 秒后停止；请粘贴其输出</translation>
    </message>
    <message>
        <source>needs root: run with sudo; writes %1 (pcap) for LB Doctor to open: the only way to read HTTP status on ports other than 80</source>
        <translation>需要 root 权限：请用 sudo 运行；写入 %1（pcap）供 LB Doctor 打开：这是在 80 以外的端口上读取 HTTP 状态码的唯一方法</translation>
    </message>
    <message>
        <source>needs an administrator prompt</source>
        <translation>需要以管理员身份运行的命令提示符</translation>
    </message>
    <message>
        <source>needs an administrator prompt; let it run %1 s while the load balancer checks, then stop it</source>
        <translation>需要以管理员身份运行的命令提示符；在负载均衡进行检查期间让它运行 %1 秒，然后停止</translation>
    </message>
    <message>
        <source>needs an administrator prompt; give LB Doctor %1</source>
        <translation>需要以管理员身份运行的命令提示符；将 %1 提供给 LB Doctor</translation>
    </message>
    <message>
        <source>needs root: run with sudo; stops after %1 packets or %2 s; give what it prints with --evidence capture=FILE</source>
        <translation>需要 root 权限：请用 sudo 运行；抓到 %1 个数据包或 %2 秒后停止；请通过 --evidence capture=FILE 提供其输出</translation>
    </message>
</context>
<context>
    <name>CommandText</name>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>Healthy as far as checked</source>
        <translation>健康（就已检查的部分而言）</translation>
    </message>
    <message>
        <source>Unhealthy as far as checked</source>
        <translation>不健康（就已检查的部分而言）</translation>
    </message>
    <message>
        <source>Inconclusive as far as checked</source>
        <translation>无法确定（就已检查的部分而言）</translation>
    </message>
</context>
<context>
    <name>DemoBackend</name>
    <message>
        <source>the demo backend cannot listen on %1: %2</source>
        <translation>演示后端无法在 %1 上监听：%2</translation>
    </message>
    <message>
        <source>the demo backend cannot bind UDP on %1: %2</source>
        <translation>演示后端无法在 %1 上绑定 UDP：%2</translation>
    </message>
    <message>
        <source>the demo backend found no free port on %1</source>
        <translation>演示后端在 %1 上找不到空闲端口</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Starts a small backend with known faults on 127.0.0.1 and checks it the way load balancers do.</source>
        <translation>在 127.0.0.1 上启动一个带有已知故障的小型后端，并像负载均衡那样对它进行检查。</translation>
    </message>
    <message>
        <source>Write one report per demo check: FILE with the check&apos;s name before the extension.</source>
        <translation>每个演示检查生成一份报告：文件名为 FILE，并在扩展名前加上检查名称。</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>The demo command.</source>
        <translation>demo 命令。</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: the report format follows the extension, one of %2</source>
        <translation>无法写入“%1”：报告格式由扩展名决定，可选 %2</translation>
    </message>
    <message>
        <source>A healthy page</source>
        <translation>健康的页面</translation>
    </message>
    <message>
        <source>HEAD %1 answers 200 OK, as Alibaba Cloud&apos;s check expects.</source>
        <translation>HEAD %1 返回 200 OK，符合阿里云健康检查的预期。</translation>
    </message>
    <message>
        <source>A health-check path that does not exist</source>
        <translation>不存在的健康检查路径</translation>
    </message>
    <message>
        <source>The listener checks %1, which the site does not have: 404.</source>
        <translation>监听检查的是 %1，但网站没有这个路径：404。</translation>
    </message>
    <message>
        <source>A redirect to HTTPS</source>
        <translation>重定向到 HTTPS</translation>
    </message>
    <message>
        <source>301 is healthy for Alibaba&apos;s default 2xx/3xx, but not for Huawei&apos;s shared load balancer (200, 202, 401).</source>
        <translation>按阿里云默认的 2xx/3xx，301 算作健康；但华为云共享型负载均衡（200、202、401）不认。</translation>
    </message>
    <message>
        <source>A slow page</source>
        <translation>响应慢的页面</translation>
    </message>
    <message>
        <source>The page takes %1 ms; the demo&apos;s health-check timeout is %2 ms.</source>
        <translation>页面耗时 %1 毫秒；演示的健康检查超时时间为 %2 毫秒。</translation>
    </message>
    <message>
        <source>An application that does not route HEAD</source>
        <translation>不处理 HEAD 请求的应用</translation>
    </message>
    <message>
        <source>The load balancer sends HEAD; the application answers only GET.</source>
        <translation>负载均衡发送 HEAD；应用只响应 GET。</translation>
    </message>
    <message>
        <source>A virtual host without the health-check domain</source>
        <translation>未设置健康检查域名的虚拟主机</translation>
    </message>
    <message>
        <source>The site answers only for Host: %1; without a domain the check sends the IP.</source>
        <translation>网站只响应 Host: %1；未设置域名时，健康检查发送的是 IP。</translation>
    </message>
    <message>
        <source>The same virtual host with the domain set</source>
        <translation>设置了域名的同一虚拟主机</translation>
    </message>
    <message>
        <source>With the health-check domain %1 the same site is healthy.</source>
        <translation>设置健康检查域名 %1 后，同一网站是健康的。</translation>
    </message>
    <message>
        <source>A backend that accepts and never answers</source>
        <translation>接受连接却从不应答的后端</translation>
    </message>
    <message>
        <source>The port is open, the application hangs.</source>
        <translation>端口是开放的，应用卡住了。</translation>
    </message>
    <message>
        <source>A port with nothing listening</source>
        <translation>没有进程监听的端口</translation>
    </message>
    <message>
        <source>The service is down: every TCP check is refused.</source>
        <translation>服务已停止：每次 TCP 检查都被拒绝。</translation>
    </message>
    <message>
        <source>A UDP port with nothing listening</source>
        <translation>没有进程监听的 UDP 端口</translation>
    </message>
    <message>
        <source>The backend answers ping, but the datagram gets ICMP port unreachable.</source>
        <translation>后端响应 ping，但 UDP 报文收到 ICMP 端口不可达。</translation>
    </message>
    <message>
        <source>A UDP service that answers</source>
        <translation>会应答的 UDP 服务</translation>
    </message>
    <message>
        <source>An echo service on UDP.</source>
        <translation>UDP 上的回显（echo）服务。</translation>
    </message>
    <message>
        <source>the demo needs the built-in profile %1, which did not load</source>
        <translation>演示需要内置配置文件 %1，但它未能加载</translation>
    </message>
    <message>
        <source>LB Doctor demo: a backend with known faults on %1, checked the way load balancers check it.
Every check runs at once with a %2 ms health-check timeout (providers use 2-15 s). Steps that need
output from the backend server (firewall, listening sockets, routes...) are left out here.
</source>
        <translation>LB Doctor 演示：%1 上有一个带有已知故障的后端，按负载均衡的方式对它进行检查。
所有检查同时运行，健康检查超时时间为 %2 毫秒（云厂商使用 2-15 秒）。需要后端服务器
输出的步骤（防火墙、监听套接字、路由等）在这里省略。
</translation>
    </message>
    <message>
        <source>%1, %2 listener, %3:%4</source>
        <translation>%1，%2 监听，%3:%4</translation>
    </message>
    <message>
        <source>, %1 %2 HTTP/%3, healthy codes %4</source>
        <translation>，%1 %2 HTTP/%3，健康状态码 %4</translation>
    </message>
    <message>
        <source>, domain %1</source>
        <translation>，域名 %1</translation>
    </message>
    <message>
        <source>Fix: </source>
        <translation>修复：</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>结论：%1</translation>
    </message>
    <message>
        <source>Note: the demo expected %1 here; something on this machine interferes (a firewall on loopback?)</source>
        <translation>注意：演示此处预期为 %1；本机上有东西在干扰（回环接口上的防火墙？）</translation>
    </message>
    <message>
        <source>`lbdoctor-cli check --profile ID --listener http --ip IP --port N --path /p` runs the same checks against your backend;
add --evidence KIND=FILE for the server-side steps, --json for machine-readable output.
</source>
        <translation>`lbdoctor-cli check --profile ID --listener http --ip IP --port N --path /p` 对您的后端执行同样的检查；
加上 --evidence KIND=FILE 执行服务器端步骤，加上 --json 输出机器可读的结果。
</translation>
    </message>
    <message>
        <source>Report written to %1
</source>
        <translation>报告已写入 %1
</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>Healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>不健康</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>无法确定</translation>
    </message>
    <message>
        <source>a security group or network ACL that drops the health-check traffic makes it time out</source>
        <translation>安全组或网络ACL 丢弃健康检查流量会导致超时</translation>
    </message>
    <message>
        <source>a host firewall that drops the health-check addresses makes connections time out</source>
        <translation>主机防火墙丢弃来自健康检查地址的报文会导致连接超时</translation>
    </message>
    <message>
        <source>a host firewall that rejects the health-check addresses makes connections refused</source>
        <translation>主机防火墙拒绝来自健康检查地址的报文会导致连接被拒绝</translation>
    </message>
    <message>
        <source>nothing listens on the port at an address the load balancer reaches, so connections are refused</source>
        <translation>在负载均衡能访问的地址上没有进程监听该端口，因此连接被拒绝</translation>
    </message>
    <message>
        <source>TCP wrappers accept the connection and close it at once</source>
        <translation>TCP wrappers 接受连接后立即将其关闭</translation>
    </message>
    <message>
        <source>without a working route back, the replies never reach the load balancer</source>
        <translation>没有可用的回程路由，回包永远到达不了负载均衡</translation>
    </message>
    <message>
        <source>a kernel setting drops health-check packets</source>
        <translation>某个内核参数导致健康检查报文被丢弃</translation>
    </message>
    <message>
        <source>without public bandwidth the load balancer&apos;s traffic to this backend is dropped</source>
        <translation>没有公网带宽时，负载均衡发往此后端的流量被丢弃</translation>
    </message>
    <message>
        <source>high load makes the application answer slowly or not in time</source>
        <translation>高负载使应用响应缓慢或无法及时响应</translation>
    </message>
    <message>
        <source>without a TCP connection the HTTP request cannot be sent</source>
        <translation>没有 TCP 连接就无法发送 HTTP 请求</translation>
    </message>
    <message>
        <source>the UDP health check starts with a ping, and the ping got no reply</source>
        <translation>UDP 健康检查首先发送 ping，而 ping 没有收到回复</translation>
    </message>
    <message>
        <source>%1; this explains &quot;%2&quot;: %3</source>
        <translation>%1；这解释了“%2”：%3</translation>
    </message>
    <message>
        <source>the socket list says nothing listens at a reachable address, yet &quot;%1&quot; got an answer from the backend: the pasted output may come from another server or an older moment</source>
        <translation>套接字列表显示没有进程在可访问的地址上监听，但“%1”却收到了后端的应答：粘贴的输出可能来自另一台服务器或较早的时刻</translation>
    </message>
    <message>
        <source>the TCP connection failed, yet the HTTP request got an answer: the backend may be flapping; run the check again</source>
        <translation>TCP 连接失败，但 HTTP 请求却收到了应答：后端可能时好时坏；请重新检查</translation>
    </message>
    <message>
        <source>The connection works and the server answers, but with a status code the load balancer counts as unhealthy: check the health-check path, the Host header (domain) and the application.</source>
        <translation>连接正常，服务器也有应答，但返回的状态码被负载均衡视为不健康：请检查健康检查路径、Host 头（域名）和应用。</translation>
    </message>
    <message>
        <source>The TCP connection works, so the network is not the problem: the application does not answer the health-check request as expected.</source>
        <translation>TCP 连接正常，因此问题不在网络：应用没有按预期响应健康检查请求。</translation>
    </message>
    <message>
        <source>Nothing else that was checked explains it, and it is the failure that most directly stops the health check.</source>
        <translation>已检查的其他项都无法解释它，而它是最直接导致健康检查失败的问题。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>“%1”（%2）</translation>
    </message>
    <message>
        <source>%1: this explains %2.</source>
        <translation>%1：这解释了%2。</translation>
    </message>
    <message>
        <source>the capture on the backend shows no health-check packet arriving, so the checks time out</source>
        <translation>后端的抓包显示没有健康检查数据包到达，因此检查超时</translation>
    </message>
    <message>
        <source>the capture on the backend shows the checks arrive and get no answer</source>
        <translation>后端的抓包显示检查已到达但没有得到应答</translation>
    </message>
    <message>
        <source>the capture on the backend shows the checks refused (TCP reset or ICMP unreachable)</source>
        <translation>后端的抓包显示检查被拒绝（TCP reset 或 ICMP 不可达）</translation>
    </message>
    <message>
        <source>the capture on the backend shows the checks answered with an unhealthy status or too late</source>
        <translation>后端的抓包显示检查得到的是不健康的状态码或应答过晚</translation>
    </message>
    <message>
        <source>&quot;%1&quot; says the health-check addresses are blocked, yet the packet capture shows their checks reach the backend and get answered: the capture is what happened; the configuration read may come from another server or another moment</source>
        <translation>“%1”认为健康检查地址被拦截，但抓包显示它们的检查到达了后端并得到应答：抓包反映的是实际发生的情况；读取的配置可能来自其他服务器或其他时刻</translation>
    </message>
    <message>
        <source>the check fails from here the same way, which is what the load balancer reports</source>
        <translation>从这里发起的检查以同样的方式失败，这正是负载均衡所报告的</translation>
    </message>
    <message>
        <source>the load balancer&apos;s own health-check settings can make the check fail</source>
        <translation>负载均衡自身的健康检查设置可能使检查失败</translation>
    </message>
    <message>
        <source>Checked over and over as the load balancer checks, the backend fails some of the time although a single check can pass: the cause comes and goes, so look at what happens when the checks fail.</source>
        <translation>像负载均衡那样反复检查时，后端服务器有时会失败，尽管单次检查可能通过：原因时有时无，请查看检查失败时发生了什么。</translation>
    </message>
    <message>
        <source>The load balancer itself reports the backend unhealthy, and nothing checked here explains its reason: the finding says what to look at next.</source>
        <translation>负载均衡自身报告该后端不健康，而这里检查过的各项都无法解释其原因：该结论说明了下一步该查看什么。</translation>
    </message>
    <message>
        <source>the socket list says nothing listens at a reachable address, yet &quot;%1&quot; got an answer from the backend: the output given may come from another server or an older moment</source>
        <translation>套接字列表显示没有进程在可访问的地址上监听，但“%1”却收到了后端的应答：所提供的输出可能来自另一台服务器或较早的时刻</translation>
    </message>
</context>
<context>
    <name>DoctorWizard</name>
    <message>
        <source>LB Doctor</source>
        <translation>LB Doctor</translation>
    </message>
    <message>
        <source>Open &amp;session...</source>
        <translation>打开会话(&amp;S)...</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>About LB Doctor</source>
        <translation>关于 LB Doctor</translation>
    </message>
    <message>
        <source>Open a saved session</source>
        <translation>打开已保存的会话</translation>
    </message>
    <message>
        <source>Some profiles were not loaded:
%1</source>
        <translation>部分配置文件未加载：
%1</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <source>LB Doctor sessions (*%1);;All files (*)</source>
        <translation>LB Doctor 会话 (*%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The session was not opened: %1</source>
        <translation>会话未打开：%1</translation>
    </message>
    <message>
        <source>the session&apos;s target is not valid here: %1</source>
        <translation>会话中的目标在此无效：%1</translation>
    </message>
    <message>
        <source>Abo&amp;ut</source>
        <translation>关于(&amp;U)</translation>
    </message>
</context>
<context>
    <name>EvidenceAnalysis</name>
    <message>
        <source>unknown, because the evidence is empty (%1)</source>
        <translation>未知，因为证据为空（%1）</translation>
    </message>
    <message>
        <source>unknown, because the evidence is %1 MB; the limit is 200 MB</source>
        <translation>未知，因为证据大小为 %1 MB；上限为 200 MB</translation>
    </message>
    <message>
        <source>unknown, because the %1 analyzer is not built yet; this LB Doctor knows: %2</source>
        <translation>未知，因为 %1 分析器尚未构建；此 LB Doctor 支持：%2</translation>
    </message>
    <message>
        <source>unknown, because this looks like %1, which belongs to the &quot;%2&quot; step, not this one</source>
        <translation>未知，因为这看起来是 %1，它属于“%2”步骤，而不是本步骤</translation>
    </message>
    <message>
        <source>unknown, because no analyzer reads evidence for this step</source>
        <translation>未知，因为没有分析器读取本步骤的证据</translation>
    </message>
    <message>
        <source>unknown, because the text is not in a format LB Doctor reads for this step (expected: %1)</source>
        <translation>未知，因为文本格式不是 LB Doctor 在本步骤能读取的格式（预期：%1）</translation>
    </message>
    <message>
        <source>unknown, because this program was built without analyzers</source>
        <translation>未知，因为此程序构建时没有包含分析器</translation>
    </message>
</context>
<context>
    <name>EvidenceRequest</name>
    <message>
        <source>needs output from the %1: paste it</source>
        <translation>需要来自%1的输出：请粘贴</translation>
    </message>
    <message>
        <source>cloud console or CLI</source>
        <translation>云控制台或 CLI</translation>
    </message>
    <message>
        <source>backend server</source>
        <translation>后端服务器</translation>
    </message>
    <message>
        <source>needs output from the %1: give it with --evidence KIND=FILE</source>
        <translation>需要来自%1的输出：请通过 --evidence KIND=FILE 提供</translation>
    </message>
</context>
<context>
    <name>EvidenceText</name>
    <message>
        <source>unknown, because this looks like %1, which belongs to the &quot;%2&quot; step, not this one</source>
        <translation>未知，因为这看起来是 %1，它属于“%2”步骤，而不是本步骤</translation>
    </message>
    <message>
        <source>unknown, because the text looks binary, not like command output; paste the command&apos;s text output</source>
        <translation>未知，因为文本看起来是二进制数据，不像命令输出；请粘贴命令的文本输出</translation>
    </message>
    <message>
        <source>unknown, because the text is empty: paste the %1</source>
        <translation>未知，因为文本为空：请粘贴%1</translation>
    </message>
    <message>
        <source>unknown, because the input is empty: give the %1</source>
        <translation>未知，因为输入为空：请提供%1</translation>
    </message>
    <message>
        <source>unknown, because the input looks binary, not like command output; give the command&apos;s text output</source>
        <translation>未知，因为输入看起来是二进制数据，不像命令输出；请提供命令的文本输出</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>finding has no &quot;step&quot;</source>
        <translation>检查结果缺少“step”</translation>
    </message>
    <message>
        <source>finding &quot;%1&quot; has an unknown status &quot;%2&quot;</source>
        <translation>检查结果“%1”的状态“%2”未知</translation>
    </message>
    <message>
        <source>range verdict must be allowed, blocked or unknown, got &quot;%1&quot;</source>
        <translation>范围判定必须为 allowed、blocked 或 unknown，实际为“%1”</translation>
    </message>
</context>
<context>
    <name>FirewalldAnalyzer</name>
    <message>
        <source>icmp-block-inversion rejects echo-request, which icmp-blocks does not list</source>
        <translation>icmp-block-inversion 拒绝 echo-request，因为 icmp-blocks 未列出它</translation>
    </message>
    <message>
        <source>icmp-blocks: echo-request</source>
        <translation>icmp-blocks：echo-request</translation>
    </message>
    <message>
        <source>service %1 is not one LB Doctor knows; run firewall-cmd --info-service=%1</source>
        <translation>LB Doctor 不认识服务 %1；请运行 firewall-cmd --info-service=%1</translation>
    </message>
    <message>
        <source>service %1 (%2)</source>
        <translation>服务 %1（%2）</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>端口 %1</translation>
    </message>
    <message>
        <source>protocol %1</source>
        <translation>协议 %1</translation>
    </message>
    <message>
        <source>icmp-block-inversion allows echo-request</source>
        <translation>icmp-block-inversion 允许 echo-request</translation>
    </message>
    <message>
        <source>target ACCEPT</source>
        <translation>target ACCEPT</translation>
    </message>
    <message>
        <source>target DROP</source>
        <translation>target DROP</translation>
    </message>
    <message>
        <source>target %%REJECT%%</source>
        <translation>target %%REJECT%%</translation>
    </message>
    <message>
        <source>target default, which accepts ICMP</source>
        <translation>target default，接受 ICMP</translation>
    </message>
    <message>
        <source>target default, which rejects what no rule accepts</source>
        <translation>target default，拒绝没有规则接受的流量</translation>
    </message>
    <message>
        <source>target %1 is not one LB Doctor knows</source>
        <translation>LB Doctor 不认识 target %1</translation>
    </message>
    <message>
        <source>zone %1: %2</source>
        <translation>区域 %1：%2</translation>
    </message>
    <message>
        <source>rich rule: %1</source>
        <translation>富规则：%1</translation>
    </message>
    <message>
        <source>zone %1 is bound to source %2, which may include these addresses</source>
        <translation>区域 %1 绑定了源地址 %2，其中可能包含这些地址</translation>
    </message>
    <message>
        <source>zone %1 takes %2 (bound to source %3)</source>
        <translation>区域 %1 处理 %2（绑定源地址 %3）</translation>
    </message>
    <message>
        <source>zone %1 takes %2 (interface %3)</source>
        <translation>区域 %1 处理 %2（网卡 %3）</translation>
    </message>
    <message>
        <source>zone %1 takes %2 (default zone; no zone lists interface %3)</source>
        <translation>区域 %1 处理 %2（默认区域；没有区域列出网卡 %3）</translation>
    </message>
    <message>
        <source>no zone lists interface %1 and the output does not say which zone is the default; run firewall-cmd --get-default-zone and firewall-cmd --get-active-zones</source>
        <translation>没有区域列出网卡 %1，输出中也没有说明哪个是默认区域；请运行 firewall-cmd --get-default-zone 和 firewall-cmd --get-active-zones</translation>
    </message>
    <message>
        <source>firewalld zones (firewall-cmd --list-all-zones)</source>
        <translation>firewalld 区域（firewall-cmd --list-all-zones）</translation>
    </message>
    <message>
        <source>unknown, because the firewalld output is empty; paste the output of firewall-cmd --list-all-zones</source>
        <translation>未知，因为 firewalld 输出为空；请粘贴 firewall-cmd --list-all-zones 的输出</translation>
    </message>
    <message>
        <source>firewalld is not running, so it blocks nothing; rules loaded directly into iptables or nftables may still block: check iptables-save and nft list ruleset</source>
        <translation>firewalld 未运行，因此它不拦截任何流量；但直接加载到 iptables 或 nftables 的规则仍可能拦截：请检查 iptables-save 和 nft list ruleset</translation>
    </message>
    <message>
        <source>unknown, because this is not firewall-cmd output: %1</source>
        <translation>未知，因为这不是 firewall-cmd 的输出：%1</translation>
    </message>
    <message>
        <source>Add a rich rule that accepts the health-check CIDR on the health-check port in the zone that takes it (with a lower priority number than any rich rule that rejects or drops it), then reload firewalld.</source>
        <translation>在处理该流量的区域中添加一条富规则，接受健康检查 CIDR 访问健康检查端口（其优先级数字要小于任何拒绝或丢弃它的富规则），然后重新加载 firewalld。</translation>
    </message>
    <message>
        <source>A UDP health check pings first, so ICMP echo-request must be accepted too.</source>
        <translation>UDP 健康检查会先 ping，因此也必须接受 ICMP echo-request。</translation>
    </message>
    <message>
        <source>firewalld accepts all of %1, but with a rate limit: frequent health checks may be dropped</source>
        <translation>firewalld 接受 %1 的全部地址，但有速率限制：频繁的健康检查可能被丢弃</translation>
    </message>
    <message>
        <source>Remove the limit from the rich rule that accepts the health-check CIDR.</source>
        <translation>去掉接受健康检查 CIDR 的富规则中的速率限制。</translation>
    </message>
    <message>
        <source>policy %1 (target %2)</source>
        <translation>策略 %1（target %2）</translation>
    </message>
    <message>
        <source>policy %1 (target %2) filters traffic to this host, which LB Doctor does not judge: if it covers the health-check CIDR, paste nft list ruleset</source>
        <translation>策略 %1（target %2）过滤发往本机的流量，LB Doctor 不对其进行判断：如果它覆盖健康检查网段，请粘贴 nft list ruleset 的输出</translation>
    </message>
    <message>
        <source>the direct rule %1</source>
        <translation>direct 规则 %1</translation>
    </message>
    <message>
        <source>The replies (%1) leave despite %2: they are ESTABLISHED, and firewalld accepts established and related packets in its output chain ahead of every policy and direct rule; if iptables-save shows an OUTPUT chain without that accept ahead of -j OUTPUT_direct, paste iptables-save, which LB Doctor judges packet by packet</source>
        <translation>尽管有%2，回包（%1）仍可发出：它们处于 ESTABLISHED 状态，而 firewalld 在其输出链中先于所有策略和 direct 规则放行已建立和相关的报文；如果 iptables-save 显示 OUTPUT 链在 -j OUTPUT_direct 之前没有这条放行规则，请粘贴 iptables-save 的输出，LB Doctor 会逐个报文进行判断</translation>
    </message>
    <message>
        <source>direct rules on INPUT run ahead of the zones and may drop the health check: %1</source>
        <translation>INPUT 上的 direct 规则先于区域执行，可能丢弃健康检查报文：%1</translation>
    </message>
    <message>
        <source>firewalld&apos;s zones accept the health check, but direct rules on INPUT that drop or reject run ahead of them; LB Doctor does not judge direct rules: paste iptables-save to judge them</source>
        <translation>firewalld 的区域放行了健康检查，但 INPUT 上有丢弃或拒绝报文的 direct 规则先于区域执行；LB Doctor 不判断 direct 规则：请粘贴 iptables-save 的输出以便判断</translation>
    </message>
    <message>
        <source>policy %1 (target %2) filters traffic to this host, which LB Doctor does not judge: if it covers the health-check CIDR, give the output of nft list ruleset</source>
        <translation>策略 %1（target %2）过滤发往本机的流量，LB Doctor 不对其进行判断：如果它覆盖健康检查网段，请提供 nft list ruleset 的输出</translation>
    </message>
    <message>
        <source>The replies (%1) leave despite %2: they are ESTABLISHED, and firewalld accepts established and related packets in its output chain ahead of every policy and direct rule; if iptables-save shows an OUTPUT chain without that accept ahead of -j OUTPUT_direct, give the output of iptables-save, which LB Doctor judges packet by packet</source>
        <translation>尽管有%2，回包（%1）仍可发出：它们处于 ESTABLISHED 状态，而 firewalld 在其输出链中先于所有策略和 direct 规则放行已建立和相关的报文；如果 iptables-save 显示 OUTPUT 链在 -j OUTPUT_direct 之前没有这条放行规则，请提供 iptables-save 的输出，LB Doctor 会逐个报文进行判断</translation>
    </message>
    <message>
        <source>firewalld&apos;s zones accept the health check, but direct rules on INPUT that drop or reject run ahead of them; LB Doctor does not judge direct rules: give the output of iptables-save to judge them</source>
        <translation>firewalld 的区域放行了健康检查，但 INPUT 上有丢弃或拒绝报文的 direct 规则先于区域执行；LB Doctor 不判断 direct 规则：请提供 iptables-save 的输出以便判断</translation>
    </message>
    <message>
        <source>unknown, because the firewalld output is empty; give the output of firewall-cmd --list-all-zones</source>
        <translation>未知，因为 firewalld 输出为空；请提供 firewall-cmd --list-all-zones 的输出</translation>
    </message>
</context>
<context>
    <name>FirewalldConfig</name>
    <message>
        <source>zone %1: rich rule &quot;%2&quot; %3</source>
        <translation>区域 %1：富规则“%2”%3</translation>
    </message>
    <message>
        <source>zone %1: line not understood: %2</source>
        <translation>区域 %1：无法理解的行：%2</translation>
    </message>
    <message>
        <source>no zone found; paste the output of firewall-cmd --list-all-zones</source>
        <translation>没有找到区域；请粘贴 firewall-cmd --list-all-zones 的输出</translation>
    </message>
    <message>
        <source>no zone found; give the output of firewall-cmd --list-all-zones</source>
        <translation>没有找到区域；请提供 firewall-cmd --list-all-zones 的输出</translation>
    </message>
</context>
<context>
    <name>FirewalldRichRule</name>
    <message>
        <source>does not start with &quot;rule&quot;</source>
        <translation>不是以“rule”开头</translation>
    </message>
    <message>
        <source>has two elements (%1 and %2)</source>
        <translation>含有两个元素（%1 和 %2）</translation>
    </message>
    <message>
        <source>has an unknown word &quot;%1&quot;</source>
        <translation>含有未知的词“%1”</translation>
    </message>
    <message>
        <source>has a priority that is not a number: %1</source>
        <translation>优先级不是数字：%1</translation>
    </message>
</context>
<context>
    <name>GroupAnalysis</name>
    <message>
        <source>under 1 ms</source>
        <translation>不到 1 毫秒</translation>
    </message>
    <message>
        <source>1-10 ms</source>
        <translation>1-10 毫秒</translation>
    </message>
    <message>
        <source>10-100 ms</source>
        <translation>10-100 毫秒</translation>
    </message>
    <message>
        <source>100-1000 ms</source>
        <translation>100-1000 毫秒</translation>
    </message>
    <message>
        <source>1 s or more</source>
        <translation>1 秒或更久</translation>
    </message>
    <message>
        <source>%1 (%2, and the same on the other %3): %4</source>
        <translation>%1（%2，其余 %3 台相同）：%4</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>the others: %1</source>
        <translation>其他后端服务器：%1</translation>
    </message>
    <message>
        <source>the healthy ones: %1</source>
        <translation>健康的后端服务器：%1</translation>
    </message>
    <message>
        <source>both</source>
        <translation>两台都</translation>
    </message>
    <message>
        <source>all %1</source>
        <translation>全部 %1 台</translation>
    </message>
    <message>
        <source>the other %1</source>
        <translation>其余 %1 台</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>The group holds no backend.</source>
        <translation>该服务器组没有后端服务器。</translation>
    </message>
    <message>
        <source>%1 of %2 fails: %3</source>
        <translation>%2 台中有 %1 台失败：%3</translation>
    </message>
    <message>
        <source>%1 of %2 fail: %3</source>
        <translation>%2 台中有 %1 台失败：%3</translation>
    </message>
    <message>
        <source>answer %1 in %2 ms</source>
        <translation>在 %2 毫秒内返回 %1</translation>
    </message>
    <message>
        <source>answers %1 in %2 ms</source>
        <translation>在 %2 毫秒内返回 %1</translation>
    </message>
    <message>
        <source>accept connections in %1 ms</source>
        <translation>在 %1 毫秒内接受连接</translation>
    </message>
    <message>
        <source>accepts connections in %1 ms</source>
        <translation>在 %1 毫秒内接受连接</translation>
    </message>
    <message>
        <source>are healthy</source>
        <translation>均健康</translation>
    </message>
    <message>
        <source>is healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>were not checked (the run was stopped)</source>
        <translation>未检查（运行已停止）</translation>
    </message>
    <message>
        <source>was not checked (the run was stopped)</source>
        <translation>未检查（运行已停止）</translation>
    </message>
    <message>
        <source>could not be judged (no decisive step passed or failed)</source>
        <translation>无法判断（没有决定性步骤通过或失败）</translation>
    </message>
    <message>
        <source>refuse connections on port %1</source>
        <translation>拒绝端口 %1 上的连接</translation>
    </message>
    <message>
        <source>refuses connections on port %1</source>
        <translation>拒绝端口 %1 上的连接</translation>
    </message>
    <message>
        <source>do not accept connections on port %1 within %2 ms (dropped)</source>
        <translation>在 %2 毫秒内未接受端口 %1 上的连接（被丢弃）</translation>
    </message>
    <message>
        <source>does not accept connections on port %1 within %2 ms (dropped)</source>
        <translation>在 %2 毫秒内未接受端口 %1 上的连接（被丢弃）</translation>
    </message>
    <message>
        <source>accept connections on port %1 but send no HTTP answer within %2 ms</source>
        <translation>接受端口 %1 上的连接，但在 %2 毫秒内没有返回 HTTP 响应</translation>
    </message>
    <message>
        <source>accepts connections on port %1 but sends no HTTP answer within %2 ms</source>
        <translation>接受端口 %1 上的连接，但在 %2 毫秒内没有返回 HTTP 响应</translation>
    </message>
    <message>
        <source>are unreachable on port %1</source>
        <translation>端口 %1 不可达</translation>
    </message>
    <message>
        <source>is unreachable on port %1</source>
        <translation>端口 %1 不可达</translation>
    </message>
    <message>
        <source>answer %1, which is not a healthy code (%2)</source>
        <translation>返回 %1，不是健康状态码（%2）</translation>
    </message>
    <message>
        <source>answers %1, which is not a healthy code (%2)</source>
        <translation>返回 %1，不是健康状态码（%2）</translation>
    </message>
    <message>
        <source>answer, but slower than the health-check timeout</source>
        <translation>有响应，但慢于健康检查超时时间</translation>
    </message>
    <message>
        <source>answers, but slower than the health-check timeout</source>
        <translation>有响应，但慢于健康检查超时时间</translation>
    </message>
    <message>
        <source>close the connection without a complete HTTP answer</source>
        <translation>未返回完整的 HTTP 响应就关闭了连接</translation>
    </message>
    <message>
        <source>closes the connection without a complete HTTP answer</source>
        <translation>未返回完整的 HTTP 响应就关闭了连接</translation>
    </message>
    <message>
        <source>fail the TLS handshake</source>
        <translation>TLS 握手失败</translation>
    </message>
    <message>
        <source>fails the TLS handshake</source>
        <translation>TLS 握手失败</translation>
    </message>
    <message>
        <source>do not answer in HTTP</source>
        <translation>未以 HTTP 协议响应</translation>
    </message>
    <message>
        <source>does not answer in HTTP</source>
        <translation>未以 HTTP 协议响应</translation>
    </message>
    <message>
        <source>fail the step &quot;%1&quot;</source>
        <translation>未通过步骤“%1”</translation>
    </message>
    <message>
        <source>fails the step &quot;%1&quot;</source>
        <translation>未通过步骤“%1”</translation>
    </message>
    <message>
        <source>subnet %1</source>
        <translation>子网 %1</translation>
    </message>
    <message>
        <source>check port %1</source>
        <translation>健康检查端口 %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>状态码 %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server：%1</translation>
    </message>
    <message>
        <source>TCP connect %1</source>
        <translation>TCP 连接耗时 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation>等另外 %1 项</translation>
    </message>
</context>
<context>
    <name>GroupBundleFiles</name>
    <message>
        <source>%1 holds no file</source>
        <translation>%1 中没有文件</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>%1 files given; the first %2 are read</source>
        <translation>提供了 %1 个文件；只读取前 %2 个</translation>
    </message>
</context>
<context>
    <name>GroupBundleMatch</name>
    <message>
        <source>the addresses its host owns</source>
        <translation>其主机拥有的地址</translation>
    </message>
    <message>
        <source>its host name</source>
        <translation>其主机名</translation>
    </message>
    <message>
        <source>its file name</source>
        <translation>其文件名</translation>
    </message>
    <message>
        <source>host &quot;%1&quot;, no address in its routes</source>
        <translation>主机“%1”，其路由中没有地址</translation>
    </message>
    <message>
        <source>host &quot;%1&quot;, addresses %2</source>
        <translation>主机“%1”，地址 %2</translation>
    </message>
    <message>
        <source>%1 is not the output of the collection bundle (no === LBDOCTOR markers): left out</source>
        <translation>%1 不是收集脚本的输出（没有 === LBDOCTOR 标记）：已略过</translation>
    </message>
    <message>
        <source>%1 matches no backend of the group (%2): name the file after the backend&apos;s address (10.0.0.5.txt) or give the backend that name in the list</source>
        <translation>%1 与服务器组中的任何后端服务器都不匹配（%2）：请按后端服务器地址命名文件（10.0.0.5.txt），或在列表中给该后端服务器起这个名称</translation>
    </message>
    <message>
        <source>%1 and %2 are both from %3: %1 is used</source>
        <translation>%1 和 %2 都来自 %3：使用 %1</translation>
    </message>
    <message>
        <source>bundle %1 (matched by %2)</source>
        <translation>收集脚本输出 %1（按%2匹配）</translation>
    </message>
</context>
<context>
    <name>GroupCheck</name>
    <message>
        <source>this is a health-check configuration (%1), not a list of backends: pass it with --lb-config</source>
        <translation>这是健康检查配置（%1），不是后端服务器列表：请用 --lb-config 传入</translation>
    </message>
    <message>
        <source>backend %1 of the status: %2</source>
        <translation>状态中的第 %1 台后端服务器：%2</translation>
    </message>
    <message>
        <source>the load balancer status lists no backend with an IP address and a port</source>
        <translation>负载均衡状态中没有带 IP 地址和端口的后端服务器</translation>
    </message>
    <message>
        <source>the target list holds no backend (one ip,port per line)</source>
        <translation>目标列表中没有后端服务器（每行一个 ip,port）</translation>
    </message>
    <message>
        <source>no usable backend in the target list:
%1</source>
        <translation>目标列表中没有可用的后端服务器：
%1</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>警告：%1
</translation>
    </message>
    <message>
        <source>checking %1 backends, at most %2 connections at once...
</source>
        <translation>正在检查 %1 台后端服务器，最多同时 %2 个连接...
</translation>
    </message>
    <message>
        <source>Report written to %1
</source>
        <translation>报告已写入 %1
</translation>
    </message>
    <message>
        <source>%1 of %2 backends have their own bundle
</source>
        <translation>%2 台后端服务器中有 %1 台有自己的收集脚本输出
</translation>
    </message>
    <message>
        <source>collecting over ssh from %1 backends, %2 at a time...
</source>
        <translation>正在通过 ssh 从 %1 台后端服务器收集，每次 %2 台...
</translation>
    </message>
    <message>
        <source>binary data, %1 bytes, not a list of backends (a CSV, ip:port lines or a load balancer status)</source>
        <translation>二进制数据，%1 字节，不是后端服务器列表（应为 CSV、ip:port 行或负载均衡状态）</translation>
    </message>
</context>
<context>
    <name>GroupReport</name>
    <message>
        <source>cannot write &quot;%1&quot;: a group report is one of %2</source>
        <translation>无法写入“%1”：服务器组报告的格式须为 %2 之一</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>LB Doctor group report: %1 backends (%2)</source>
        <translation>LB Doctor 服务器组报告：%1 台后端服务器（%2）</translation>
    </message>
    <message>
        <source>%1: %2 of %3 backends unhealthy, %4 healthy</source>
        <translation>%1：%3 台后端服务器中 %2 台不健康，%4 台健康</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>已略过：%1</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Group %1: %2 of %3, %4</source>
        <translation>第 %1 组：%3 台中的 %2 台，%4</translation>
    </message>
    <message>
        <source>What they share, unlike the others: %1</source>
        <translation>它们的共同点（其他后端服务器没有）：%1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Root cause:</source>
        <translation>根本原因：</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>修复：</translation>
    </message>
    <message>
        <source>Backends</source>
        <translation>后端服务器</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>后端服务器</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>GroupSession</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>... and %1 more (in the JSON report)</source>
        <translation>……还有 %1 条（见 JSON 报告）</translation>
    </message>
    <message>
        <source>Evidence from the backends themselves: %1 of %2 (bundle or ssh); the others&apos; backend steps are NOT RUN</source>
        <translation>来自后端服务器本身的证据：%2 台中有 %1 台（收集脚本输出或 ssh）；其余后端服务器的服务器端步骤为“未运行”</translation>
    </message>
    <message>
        <source>the group holds no backend (&quot;backends&quot; is empty)</source>
        <translation>服务器组中没有后端服务器（&quot;backends&quot; 为空）</translation>
    </message>
    <message>
        <source>backends[%1]: %2</source>
        <translation>backends[%1]：%2</translation>
    </message>
    <message>
        <source>shared evidence: %1</source>
        <translation>共享证据：%1</translation>
    </message>
</context>
<context>
    <name>GroupSshCollection</name>
    <message>
        <source>with a server group, the ssh destination names each backend: put {ip} or {name} where the host goes (admin@{ip}, {name}, ops@{ip}:2222), got &quot;%1&quot;</source>
        <translation>对于服务器组，ssh 目标需指明每台后端服务器：在主机位置写 {ip} 或 {name}（admin@{ip}、{name}、ops@{ip}:2222），实际为“%1”</translation>
    </message>
    <message>
        <source>%1 has no name in the list for {name}</source>
        <translation>%1 在列表中没有名称，无法替换 {name}</translation>
    </message>
    <message>
        <source>not collected over ssh: %1</source>
        <translation>未通过 ssh 收集：%1</translation>
    </message>
    <message>
        <source>ssh %1</source>
        <translation>ssh %1</translation>
    </message>
    <message>
        <source>not collected over ssh from %1: %2</source>
        <translation>未能通过 ssh 从 %1 收集：%2</translation>
    </message>
    <message>
        <source>%1 answered over ssh, but not with the bundle&apos;s output (%2 bytes, no === LBDOCTOR markers)</source>
        <translation>%1 通过 ssh 做了应答，但不是收集脚本的输出（%2 字节，没有 === LBDOCTOR 标记）</translation>
    </message>
    <message>
        <source>%1; the output received so far is analyzed</source>
        <translation>%1；已分析目前收到的输出</translation>
    </message>
</context>
<context>
    <name>GroupSshDialog</name>
    <message>
        <source>Collect from every backend over SSH</source>
        <translation>通过 SSH 从每台后端服务器收集</translation>
    </message>
    <message>
        <source>LB Doctor runs its read-only collection bundle on each of the %1 backends with the system&apos;s ssh client, %2 at a time, and checks each backend against its own evidence. Sign-in uses your keys or ssh-agent; host keys must already be known (ssh&apos;s own checks stay on). To sign in with a password, collect one backend at a time from the single-backend steps page.</source>
        <translation>LB Doctor 用系统的 ssh 客户端在 %1 台后端服务器上逐台运行只读的收集脚本，每次 %2 台，并用每台后端服务器自己的证据检查它。登录使用您的密钥或 ssh-agent；主机密钥必须已是已知的（ssh 自身的检查保持开启）。如需用密码登录，请在单台后端服务器的步骤页面逐台收集。</translation>
    </message>
    <message>
        <source>{ip} is each backend&apos;s address, {name} its name from the list; :PORT after the host.</source>
        <translation>{ip} 是每台后端服务器的地址，{name} 是列表中的名称；端口写在主机之后（:PORT）。</translation>
    </message>
    <message>
        <source>ProxyJump=bastion.example.com IdentityFile=~/.ssh/ops</source>
        <translation>ProxyJump=bastion.example.com IdentityFile=~/.ssh/ops</translation>
    </message>
    <message>
        <source>The backends run &amp;Windows (PowerShell over OpenSSH)</source>
        <translation>后端服务器运行 &amp;Windows（通过 OpenSSH 的 PowerShell）</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>目标(&amp;D)：</translation>
    </message>
    <message>
        <source>ssh &amp;options:</source>
        <translation>ssh 选项(&amp;O)：</translation>
    </message>
    <message>
        <source>Co&amp;llect</source>
        <translation>收集(&amp;L)</translation>
    </message>
    <message>
        <source>Destination: %1</source>
        <translation>目标：%1</translation>
    </message>
    <message>
        <source>ssh options: %1</source>
        <translation>ssh 选项：%1</translation>
    </message>
</context>
<context>
    <name>GroupStepsPage</name>
    <message>
        <source>Server group</source>
        <translation>服务器组</translation>
    </message>
    <message>
        <source>Every backend of the group is checked as the load balancer checks it, many at once. Select a backend to see its steps; the group&apos;s answer says what the failing ones have in common.</source>
        <translation>按负载均衡的检查方式检查服务器组中的每台后端服务器，多台同时进行。选择一台后端服务器可查看其步骤；服务器组的结论说明失败的后端服务器有哪些共同点。</translation>
    </message>
    <message>
        <source>&amp;Run all</source>
        <translation>全部运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Connections at once</source>
        <translation>同时连接数</translation>
    </message>
    <message>
        <source>At most this many connections in flight; a backend&apos;s TCP and HTTP probes count two.</source>
        <translation>同时进行的连接数上限；一台后端服务器的 TCP 和 HTTP 探测计为两个。</translation>
    </message>
    <message>
        <source>&amp;Connections at once:</source>
        <translation>同时连接数(&amp;C)：</translation>
    </message>
    <message>
        <source>Backends checked</source>
        <translation>已检查的后端服务器</translation>
    </message>
    <message>
        <source>%v of %m backends</source>
        <translation>%v / %m 台后端服务器</translation>
    </message>
    <message>
        <source>Backends and their steps</source>
        <translation>后端服务器及其步骤</translation>
    </message>
    <message>
        <source>The selected backend&apos;s steps</source>
        <translation>所选后端服务器的步骤</translation>
    </message>
    <message>
        <source>The group&apos;s answer</source>
        <translation>服务器组的结论</translation>
    </message>
    <message>
        <source>%1 backends, %2 listener, port %3 unless a row says otherwise.</source>
        <translation>%1 台后端服务器，%2 监听，除非某行另有指定，端口为 %3。</translation>
    </message>
    <message>
        <source>%1 rows of the list were left out (%2).</source>
        <translation>列表中有 %1 行被略过（%2）。</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>检查中...</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1: %2 of %3 backends unhealthy, %4 healthy</source>
        <translation>%1：%3 台后端服务器中 %2 台不健康，%4 台健康</translation>
    </message>
    <message>
        <source>Group %1: %2 of %3, %4</source>
        <translation>第 %1 组：%3 台中的 %2 台，%4</translation>
    </message>
    <message>
        <source>What they share, unlike the others: %1</source>
        <translation>它们的共同点（其他后端服务器没有）：%1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Root cause:</source>
        <translation>根本原因：</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>修复：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Waiting for a free connection.</source>
        <translation>正在等待空闲连接。</translation>
    </message>
    <message>
        <source>Stopped before it finished.</source>
        <translation>在完成前已停止。</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>结论：%1</translation>
    </message>
    <message>
        <source>Root cause (%1): %2</source>
        <translation>根本原因（%1）：%2</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>修复：%1</translation>
    </message>
    <message>
        <source>Save the group&apos;s report</source>
        <translation>保存服务器组报告</translation>
    </message>
    <message>
        <source>HTML report (*.html);;Markdown (*.md);;JSON (*.json)</source>
        <translation>HTML 报告 (*.html);;Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>The collection bundles of the backends (one file each, or a folder): each backend is then checked against its own firewall, sockets, routes and settings.</source>
        <translation>各后端服务器的收集脚本输出（每台一个文件，或一个文件夹）：之后用每台后端服务器自己的防火墙、套接字、路由和设置来检查它。</translation>
    </message>
    <message>
        <source>Collect over SS&amp;H...</source>
        <translation>通过 SSH 收集(&amp;H)...</translation>
    </message>
    <message>
        <source>Run the read-only collection bundle on every backend over SSH (keys or ssh-agent).</source>
        <translation>通过 SSH 在每台后端服务器上运行只读的收集脚本（密钥或 ssh-agent）。</translation>
    </message>
    <message>
        <source>Save s&amp;ession...</source>
        <translation>保存会话(&amp;E)...</translation>
    </message>
    <message>
        <source>A saved group: %1 backends, checked %2. Run all checks them again now.</source>
        <translation>已保存的服务器组：%1 台后端服务器，检查于 %2。“全部运行”会立即重新检查。</translation>
    </message>
    <message>
        <source>Backend steps (firewall, sockets, routes...) are NOT RUN unless each backend gives its own evidence: load the backends&apos; bundles or collect them over SSH.</source>
        <translation>除非每台后端服务器提供自己的证据，否则服务器端步骤（防火墙、套接字、路由……）为“未运行”：请加载各后端服务器的收集脚本输出，或通过 SSH 收集。</translation>
    </message>
    <message>
        <source>Evidence from the backends themselves: %1 of %2.</source>
        <translation>来自后端服务器本身的证据：%2 台中有 %1 台。</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>已略过：%1</translation>
    </message>
    <message>
        <source>Left out (%1): %2; ...</source>
        <translation>已略过（%1）：%2；……</translation>
    </message>
    <message>
        <source>%1 notes on the backends&apos; evidence: select a backend to read its own.</source>
        <translation>关于后端服务器证据有 %1 条说明：选择一台后端服务器查看其说明。</translation>
    </message>
    <message>
        <source>Load the backends&apos; bundles</source>
        <translation>加载各后端服务器的收集脚本输出</translation>
    </message>
    <message>
        <source>Bundle outputs (*.txt *.log);;All files (*)</source>
        <translation>收集脚本输出 (*.txt *.log);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading %1 files...</source>
        <translation>正在读取 %1 个文件...</translation>
    </message>
    <message>
        <source>%v of %m hosts collected over SSH</source>
        <translation>已通过 SSH 收集 %v / %m 台主机</translation>
    </message>
    <message>
        <source>Collecting over SSH from %1 backends, %2 at a time...</source>
        <translation>正在通过 SSH 从 %1 台后端服务器收集，每次 %2 台...</translation>
    </message>
    <message>
        <source>Save the group&apos;s session</source>
        <translation>保存服务器组的会话</translation>
    </message>
    <message>
        <source>LB Doctor sessions (*%1)</source>
        <translation>LB Doctor 会话 (*%1)</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <source>Session saved to %1</source>
        <translation>会话已保存到 %1</translation>
    </message>
    <message>
        <source>the backends&apos; evidence was analyzed for other settings (profile, listener, path...) and is left out: load or collect it again</source>
        <translation>后端服务器的证据是按其他设置（配置、监听、路径……）分析的，已略过：请重新加载或收集</translation>
    </message>
    <message>
        <source>Its own evidence: %1</source>
        <translation>其自身证据：%1</translation>
    </message>
    <message>
        <source>Not verified (NOT RUN): %1</source>
        <translation>未验证（未运行）：%1</translation>
    </message>
    <message>
        <source>Save re&amp;port...</source>
        <translation>保存报告(&amp;P)...</translation>
    </message>
    <message>
        <source>Load bun&amp;dles...</source>
        <translation>加载收集脚本输出(&amp;D)...</translation>
    </message>
</context>
<context>
    <name>GroupTableModel</name>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>checking...</source>
        <translation>检查中...</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>后端服务器</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
</context>
<context>
    <name>GroupTargetsBox</name>
    <message>
        <source>Check a whole server &amp;group (many backends at once)</source>
        <translation>检查整个服务器组（同时检查多台后端服务器）(&amp;G)</translation>
    </message>
    <message>
        <source>Server group</source>
        <translation>服务器组</translation>
    </message>
    <message>
        <source>Backends of the group, one a line</source>
        <translation>服务器组的后端服务器，每行一台</translation>
    </message>
    <message>
        <source>One backend a line: ip,port[,check_port][,name] or ip:port
10.0.0.5,80
10.0.0.6,80,8080,web-2</source>
        <translation>每行一台后端服务器：ip,port[,check_port][,name] 或 ip:port
10.0.0.5,80
10.0.0.6,80,8080,web-2</translation>
    </message>
    <message>
        <source>The backends of the load balancer status imported above.</source>
        <translation>上面导入的负载均衡状态中的后端服务器。</translation>
    </message>
    <message>
        <source>What the list holds</source>
        <translation>列表内容</translation>
    </message>
    <message>
        <source>Load backends</source>
        <translation>加载后端服务器</translation>
    </message>
    <message>
        <source>CSV or text (*.csv *.txt);;All files (*)</source>
        <translation>CSV 或文本 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No backend yet.</source>
        <translation>尚无后端服务器。</translation>
    </message>
    <message>
        <source>%1 backends.</source>
        <translation>%1 台后端服务器。</translation>
    </message>
    <message>
        <source>%1 rows left out:</source>
        <translation>略过 %1 行：</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>……另有 %1 条</translation>
    </message>
    <message>
        <source>Load CS&amp;V...</source>
        <translation>加载 CSV(&amp;V)...</translation>
    </message>
    <message>
        <source>Use the imported back&amp;ends</source>
        <translation>使用导入的后端服务器(&amp;E)</translation>
    </message>
</context>
<context>
    <name>GroupText</name>
    <message>
        <source>LB Doctor %1: %2 (%3), %4 listener, %5 backends, %6 connections at once, %7 ms
</source>
        <translation>LB Doctor %1：%2（%3），%4 监听，%5 台后端服务器，同时 %6 个连接，%7 毫秒
</translation>
    </message>
    <message>
        <source>  health-check sources %1</source>
        <translation>  健康检查源地址 %1</translation>
    </message>
    <message>
        <source>; %1 %2 HTTP/%3, healthy codes %4</source>
        <translation>；%1 %2 HTTP/%3，健康状态码 %4</translation>
    </message>
    <message>
        <source>  left out: %1
</source>
        <translation>  已略过：%1
</translation>
    </message>
    <message>
        <source>BACKEND</source>
        <translation>后端服务器</translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>NOT CHECKED</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>Group %1 (%2 of %3, %4): %5</source>
        <translation>第 %1 组（%3 台中的 %2 台，%4）：%5</translation>
    </message>
    <message>
        <source>  They share, unlike the %1: %2</source>
        <translation>  它们的共同点（%1没有）：%2</translation>
    </message>
    <message>
        <source>healthy ones</source>
        <translation>健康的后端服务器</translation>
    </message>
    <message>
        <source>others</source>
        <translation>其他后端服务器</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>  Root cause: %1</source>
        <translation>  根本原因：%1</translation>
    </message>
    <message>
        <source>  Fix: %1</source>
        <translation>  修复：%1</translation>
    </message>
    <message>
        <source>Verdict: %1 (%2 of %3 backends unhealthy, %4 healthy)</source>
        <translation>结论：%1（%3 台后端服务器中 %2 台不健康，%4 台健康）</translation>
    </message>
</context>
<context>
    <name>GuidedPanel</name>
    <message>
        <source>What to do</source>
        <translation>操作步骤</translation>
    </message>
    <message>
        <source>The customer&apos;s operating system</source>
        <translation>客户的操作系统</translation>
    </message>
    <message>
        <source>Format of the pasted output</source>
        <translation>粘贴的输出的格式</translation>
    </message>
    <message>
        <source>Pasted output</source>
        <translation>粘贴的输出</translation>
    </message>
    <message>
        <source>Paste the complete output here, then press Analyze.</source>
        <translation>将完整输出粘贴到这里，然后点击“分析”。</translation>
    </message>
    <message>
        <source>&amp;Load from file...</source>
        <translation>从文件加载(&amp;L)...</translation>
    </message>
    <message>
        <source>Load output from a file</source>
        <translation>从文件加载输出</translation>
    </message>
    <message>
        <source>Analyze the pasted output</source>
        <translation>分析粘贴的输出</translation>
    </message>
    <message>
        <source>in the cloud console or with the provider&apos;s CLI</source>
        <translation>在云控制台中（或用云厂商的 CLI）</translation>
    </message>
    <message>
        <source>on the backend server</source>
        <translation>在后端服务器上</translation>
    </message>
    <message>
        <source>Run this %1 (or ask the customer to), then paste the whole output below.</source>
        <translation>请%1运行以下命令（或请客户运行），然后将完整输出粘贴到下方。</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Needs administrator (root) rights.</source>
        <translation>需要管理员（root）权限。</translation>
    </message>
    <message>
        <source>Note on the command</source>
        <translation>命令说明</translation>
    </message>
    <message>
        <source>No command</source>
        <translation>无命令</translation>
    </message>
    <message>
        <source>Export the rules from the provider&apos;s console or CLI (the &quot;Fix it&quot; tab names them) and paste them here.</source>
        <translation>从云厂商的控制台或 CLI 导出规则（“修复”标签页中有说明），并粘贴到这里。</translation>
    </message>
    <message>
        <source>LB Doctor has no command for this step on this system; paste the output of the usual tool.</source>
        <translation>LB Doctor 在此系统上没有用于此步骤的命令；请粘贴常用工具的输出。</translation>
    </message>
    <message>
        <source>Load output</source>
        <translation>加载输出</translation>
    </message>
    <message>
        <source>Text files (*.txt *.log *.json);;All files (*)</source>
        <translation>文本文件 (*.txt *.log *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>pasted</source>
        <translation>已粘贴</translation>
    </message>
    <message>
        <source>Paste the output first</source>
        <translation>请先粘贴输出</translation>
    </message>
    <message>
        <source>Run the capture on the backend server while the load balancer checks it (or ask the customer to), then paste what tcpdump printed below, or open the capture file (pcap, pcapng) with &quot;Load from file&quot;.</source>
        <translation>在负载均衡进行检查期间在后端服务器上抓包（或请客户执行），然后将 tcpdump 的输出粘贴到下方，或通过“从文件加载”打开抓包文件（pcap、pcapng）。</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap *.txt);;All files (*)</source>
        <translation>抓包文件 (*.pcap *.pcapng *.cap *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The&amp;ir system:</source>
        <translation>对方系统(&amp;I)：</translation>
    </message>
    <message>
        <source>Anal&amp;yze</source>
        <translation>分析(&amp;Y)</translation>
    </message>
    <message>
        <source>It printed nothin&amp;g</source>
        <translation>没有任何输出(&amp;G)</translation>
    </message>
    <message>
        <source>The command printed nothing</source>
        <translation>命令没有任何输出</translation>
    </message>
    <message>
        <source>Empty output is an answer too: iptables-save prints nothing when no rules are loaded.</source>
        <translation>空输出也是一种结果：没有加载任何规则时，iptables-save 什么也不输出。</translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation>格式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Capture now</source>
        <translation>立即抓包(&amp;C)</translation>
    </message>
    <message>
        <source>Capture the health checks on this machine now</source>
        <translation>立即在本机抓取健康检查报文</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How long to capture</source>
        <translation>抓包时长</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stop the capture and analyze what it saw</source>
        <translation>停止抓包并分析已抓到的内容</translation>
    </message>
    <message>
        <source>Output they sent bac&amp;k:</source>
        <translation>对方发回的输出(&amp;K)：</translation>
    </message>
    <message>
        <source>LB Doctor runs on the backend: press &quot;Capture now&quot; to capture the health checks here with tcpdump for a while (it needs root), or run the command below yourself and paste its output or open the file.</source>
        <translation>LB Doctor 运行在后端服务器上：按“立即抓包”用 tcpdump 在此抓取一段时间的健康检查报文（需要 root），或自行运行下面的命令，再粘贴其输出或打开文件。</translation>
    </message>
    <message>
        <source>Replace the &lt;angle-bracket&gt; values with the customer&apos;s (region, security group id); paste the JSON it prints.</source>
        <translation>把尖括号中的值换成客户的值（地域、安全组 ID），然后粘贴命令输出的 JSON。</translation>
    </message>
    <message>
        <source>In the console: %1</source>
        <translation>在控制台中：%1</translation>
    </message>
    <message numerus="yes">
        <source>Captured %n packet(s) in %1 s; analyzing.</source>
        <translation>
            <numerusform>%1 秒内抓到 %n 个报文；正在分析。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capturing the health checks for %n second(s)... Stop ends it early and keeps what was captured.</source>
        <translation>
            <numerusform>正在抓取健康检查报文 %n 秒……“停止”可提前结束并保留已抓到的内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>the command printed nothing</source>
        <translation>命令没有任何输出</translation>
    </message>
</context>
<context>
    <name>HealthCheckPacket</name>
    <message>
        <source>TCP port %1</source>
        <translation>TCP 端口 %1</translation>
    </message>
    <message>
        <source>UDP port %1</source>
        <translation>UDP 端口 %1</translation>
    </message>
    <message>
        <source>ICMP echo</source>
        <translation>ICMP echo</translation>
    </message>
</context>
<context>
    <name>HealthCheckPackets</name>
    <message>
        <source>unknown, because no health-check CIDR is known for this profile; enter the CIDR the load balancer checks from</source>
        <translation>未知，因为此配置文件没有已知的健康检查 CIDR；请输入负载均衡发起健康检查的 CIDR</translation>
    </message>
    <message>
        <source>unknown, because the health-check CIDR is not valid: %1</source>
        <translation>未知，因为健康检查 CIDR 无效：%1</translation>
    </message>
</context>
<context>
    <name>HostKeyAcceptor</name>
    <message>
        <source>the key of a server behind a jump host cannot be fetched directly: accept it in a terminal with the command shown</source>
        <translation>无法直接获取跳板机后面服务器的密钥：请在终端中用所示命令接受它</translation>
    </message>
    <message>
        <source>ssh-keyscan (OpenSSH) is not installed: accept the key in a terminal with the command shown</source>
        <translation>未安装 ssh-keyscan（OpenSSH）：请在终端中用所示命令接受该密钥</translation>
    </message>
    <message>
        <source>ssh-keyscan could not start</source>
        <translation>ssh-keyscan 无法启动</translation>
    </message>
    <message>
        <source>the server did not show its host keys to ssh-keyscan: nothing was accepted</source>
        <translation>服务器没有向 ssh-keyscan 出示其主机密钥：未接受任何密钥</translation>
    </message>
    <message>
        <source>the server now presents a key other than %1: nothing was accepted</source>
        <translation>服务器现在出示的密钥不是 %1：未接受任何密钥</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>accepted %1 for %2 in %3</source>
        <translation>已在 %3 中为 %2 接受 %1</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>HTML report</source>
        <translation>HTML 报告</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Fixing it should also clear: %1.</source>
        <translation>修复它后，以下问题也应随之消失：%1。</translation>
    </message>
    <message>
        <source>Contradicting evidence</source>
        <translation>相互矛盾的证据</translation>
    </message>
    <message>
        <source>Not checked yet, and could explain the root cause</source>
        <translation>尚未检查、但可能解释根本原因的项</translation>
    </message>
    <message>
        <source>Fix, in this order</source>
        <translation>按以下顺序修复</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>No step has run yet.</source>
        <translation>尚未执行任何步骤。</translation>
    </message>
    <message>
        <source>ROOT CAUSE</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>步骤 %1</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>证据：%1</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>修复：</translation>
    </message>
    <message>
        <source>... and %1 more lines in the JSON report</source>
        <translation>……JSON 报告中还有 %1 行</translation>
    </message>
    <message>
        <source>Health-check range</source>
        <translation>健康检查地址范围</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>判定依据</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>拦截</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Raw output (%1)</source>
        <translation>原始输出（%1）</translation>
    </message>
</context>
<context>
    <name>HttpProbe</name>
    <message>
        <source>the backend name does not resolve: %1</source>
        <translation>无法解析后端服务器名称：%1</translation>
    </message>
    <message>
        <source>Check the host name, or enter the backend&apos;s IP address.</source>
        <translation>请检查主机名，或输入后端服务器的 IP 地址。</translation>
    </message>
    <message>
        <source>refused to send the request: the %1 contains a line break or another control character, which would split the request</source>
        <translation>拒绝发送请求：%1 中含有换行符或其他控制字符，会把请求拆开</translation>
    </message>
    <message>
        <source>method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Host header (domain)</source>
        <translation>Host 头（域名）</translation>
    </message>
    <message>
        <source>User-Agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>unknown, because TLS is not available on this machine: Qt found no OpenSSL library (%1)</source>
        <translation>未知，因为本机无法使用 TLS：Qt 找不到 OpenSSL 库（%1）</translation>
    </message>
    <message>
        <source>Install OpenSSL 3 (Debian: apt install libssl3; Windows: the installer ships it), then run the check again.</source>
        <translation>安装 OpenSSL 3（Debian：apt install libssl3；Windows：安装程序已自带），然后重新检查。</translation>
    </message>
    <message>
        <source>unknown, because %1</source>
        <translation>未知，因为%1</translation>
    </message>
    <message>
        <source>%1 returned %2 %3</source>
        <translation>%1 返回 %2 %3</translation>
    </message>
    <message>
        <source> (redirects to %1)</source>
        <translation>（重定向到 %1）</translation>
    </message>
    <message>
        <source>--- request: %1 bytes to %2:%3%4 ---
</source>
        <translation>--- 请求：%1 字节，发往 %2:%3%4 ---
</translation>
    </message>
    <message>
        <source> over TLS</source>
        <translation>，经 TLS</translation>
    </message>
    <message>
        <source>--- no response bytes ---
</source>
        <translation>--- 没有收到响应字节 ---
</translation>
    </message>
    <message>
        <source>--- response: %1 bytes, first byte after %2 ms ---
</source>
        <translation>--- 响应：%1 字节，首字节在 %2 毫秒后到达 ---
</translation>
    </message>
    <message>
        <source>TLS %1; handshake done after %2 ms</source>
        <translation>TLS %1；握手在 %2 毫秒后完成</translation>
    </message>
    <message>
        <source>certificate subject: %1; issuer: %2; expires %3</source>
        <translation>证书主题：%1；颁发者：%2；到期时间 %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>the certificate expired on %1</source>
        <translation>证书已于 %1 过期</translation>
    </message>
    <message>
        <source>a browser would not trust this certificate (%1); load balancers do not verify backend certificates, so the health check does not fail for it</source>
        <translation>浏览器不会信任此证书（%1）；负载均衡不验证后端证书，因此健康检查不会因此失败</translation>
    </message>
    <message>
        <source>no domain set: no SNI was sent, like a load balancer without a health-check domain</source>
        <translation>未设置域名：没有发送 SNI，与未设置健康检查域名的负载均衡一致</translation>
    </message>
    <message>
        <source>connection refused by %1: nothing listens there (see the TCP step)</source>
        <translation>%1 拒绝连接：没有进程在该端口监听（见 TCP 步骤）</translation>
    </message>
    <message>
        <source>%1 is unreachable: %2</source>
        <translation>%1 不可达：%2</translation>
    </message>
    <message>
        <source>no TCP connection to %1 within %2 ms: dropped by a firewall or security group (see the TCP step)</source>
        <translation>%2 毫秒内未能与 %1 建立 TCP 连接：被防火墙或安全组丢弃（见 TCP 步骤）</translation>
    </message>
    <message>
        <source>the TLS handshake with %1 did not finish within %2 ms</source>
        <translation>与 %1 的 TLS 握手未在 %2 毫秒内完成</translation>
    </message>
    <message>
        <source>Check that the port serves TLS and that the server is not overloaded.</source>
        <translation>请检查该端口是否提供 TLS 服务，以及服务器是否过载。</translation>
    </message>
    <message>
        <source>%1 sent: connected in %2 ms, but no response within %3 ms: the application hangs or is overloaded</source>
        <translation>已发送 %1：连接耗时 %2 毫秒，但 %3 毫秒内没有响应：应用卡住或过载</translation>
    </message>
    <message>
        <source>Check the application&apos;s worker pool and logs; the health-check page should answer at once.</source>
        <translation>请检查应用的工作线程池和日志；健康检查页面应当立即应答。</translation>
    </message>
    <message>
        <source>%1: the response did not finish within %2 ms (%3 bytes so far, first byte after %4 ms)</source>
        <translation>%1：响应未在 %2 毫秒内完成（目前收到 %3 字节，首字节在 %4 毫秒后到达）</translation>
    </message>
    <message>
        <source>The server sends too slowly for the health check; make the health-check page small and fast.</source>
        <translation>服务器发送太慢，健康检查等不及；请让健康检查页面小而快。</translation>
    </message>
    <message>
        <source>%1: no complete response: %2</source>
        <translation>%1：没有完整的响应：%2</translation>
    </message>
    <message>
        <source>The backend accepts the connection and then closes or resets it: check the application&apos;s logs, TCP wrappers (/etc/hosts.deny) and connection limits.</source>
        <translation>后端接受连接后又关闭或重置了连接：请检查应用日志、TCP wrappers（/etc/hosts.deny）和连接数限制。</translation>
    </message>
    <message>
        <source>%1: the answer is not a valid HTTP response: %2</source>
        <translation>%1：应答不是有效的 HTTP 响应：%2</translation>
    </message>
    <message>
        <source>The port does not serve HTTP/1.x as the load balancer expects: check which service listens there (an HTTPS port needs an HTTPS listener, a gRPC or raw TCP service a TCP health check).</source>
        <translation>该端口没有按负载均衡的预期提供 HTTP/1.x 服务：请检查在该端口监听的是什么服务（HTTPS 端口需要 HTTPS 监听，gRPC 或纯 TCP 服务需要 TCP 健康检查）。</translation>
    </message>
    <message>
        <source>the TLS handshake with %1 failed: %2</source>
        <translation>与 %1 的 TLS 握手失败：%2</translation>
    </message>
    <message>
        <source>Check that the port serves TLS (an HTTP backend behind an HTTPS listener needs the HTTP protocol towards the backend) and that it supports TLS 1.2 or newer.</source>
        <translation>请检查该端口是否提供 TLS 服务（HTTPS 监听后面的 HTTP 后端需要使用 HTTP 协议访问后端），以及是否支持 TLS 1.2 或更新版本。</translation>
    </message>
    <message>
        <source>unknown, because the request failed in an unexpected way: %1</source>
        <translation>未知，因为请求以意外的方式失败：%1</translation>
    </message>
    <message>
        <source>%1; healthy codes are %2</source>
        <translation>%1；健康状态码为 %2</translation>
    </message>
    <message>
        <source>The path %1 does not exist for Host %2: create it (a small static page is best) or change the health-check path; if the site is a name-based virtual host, set the health-check domain to its name.</source>
        <translation>对于 Host %2，路径 %1 不存在：请创建它（最好是一个小的静态页面）或修改健康检查路径；如果网站是基于域名的虚拟主机，请将健康检查域名设置为该域名。</translation>
    </message>
    <message>
        <source>The path %1 does not exist for this Host: create it (a small static page is best) or change the health-check path.</source>
        <translation>对于此 Host，路径 %1 不存在：请创建它（最好是一个小的静态页面）或修改健康检查路径。</translation>
    </message>
    <message>
        <source>The backend redirects and this listener counts %1 as unhealthy: serve the health-check path without a redirect (exempt it from the HTTP-to-HTTPS or domain redirect), or accept 3xx if the console offers it.</source>
        <translation>后端进行了重定向，而此监听将 %1 视为不健康：让健康检查路径不经重定向直接返回（将其排除在 HTTP 转 HTTPS 或域名重定向之外），或者在控制台支持时接受 3xx。</translation>
    </message>
    <message>
        <source>The health check is refused (%1): exempt the health-check path and the health-check CIDR from authentication and IP allow-lists.</source>
        <translation>健康检查被拒绝（%1）：请将健康检查路径和健康检查 CIDR 排除在身份验证和 IP 白名单之外。</translation>
    </message>
    <message>
        <source>The application does not accept %1 requests: make it answer %1 on the health-check path, or change the method if the console offers another.</source>
        <translation>应用不接受 %1 请求：请让它在健康检查路径上响应 %1，或者在控制台提供其他方法时更换方法。</translation>
    </message>
    <message>
        <source>The application fails on the health-check path: check its logs and the services it depends on.</source>
        <translation>应用在健康检查路径上出错：请检查其日志及其依赖的服务。</translation>
    </message>
    <message>
        <source>no health-check domain is set, so the Host header is &quot;%1&quot;: a virtual host may need the site&apos;s domain</source>
        <translation>未设置健康检查域名，因此 Host 头为“%1”：虚拟主机可能需要网站的域名</translation>
    </message>
    <message>
        <source>request: %1, Host: %2</source>
        <translation>请求：%1，Host：%2</translation>
    </message>
    <message>
        <source>connect %1 ms</source>
        <translation>连接 %1 毫秒</translation>
    </message>
    <message>
        <source>TLS %1 ms</source>
        <translation>TLS %1 毫秒</translation>
    </message>
    <message>
        <source>first byte %1 ms</source>
        <translation>首字节 %1 毫秒</translation>
    </message>
    <message>
        <source>total %1 ms</source>
        <translation>总计 %1 毫秒</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server：%1</translation>
    </message>
    <message>
        <source>body cut at %1 KiB: a health-check page should be small</source>
        <translation>响应体在 %1 KiB 处截断：健康检查页面应当很小</translation>
    </message>
    <message>
        <source>the connection closed before the whole body arrived (Content-Length or chunks)</source>
        <translation>连接在完整响应体到达之前就关闭了（Content-Length 或分块）</translation>
    </message>
    <message>
        <source>%1 in %2 ms; healthy codes are %3</source>
        <translation>%1，耗时 %2 毫秒；健康状态码为 %3</translation>
    </message>
    <message>
        <source>%1, but only after %2 ms: slower than the health-check timeout (%3 s)</source>
        <translation>%1，但耗时 %2 毫秒：超过了健康检查超时时间（%3 秒）</translation>
    </message>
    <message>
        <source>%1, but slowly: %2 ms is more than half the health-check timeout (%3 s)</source>
        <translation>%1，但较慢：%2 毫秒超过了健康检查超时时间（%3 秒）的一半</translation>
    </message>
    <message>
        <source>Make the health-check page cheap (static HTML, no database) or reduce the server&apos;s load.</source>
        <translation>让健康检查页面尽量轻量（静态 HTML，不访问数据库），或降低服务器负载。</translation>
    </message>
    <message>
        <source>%1, but %2: the application does not route %3 requests</source>
        <translation>%1，但 %2：应用不处理 %3 请求</translation>
    </message>
    <message>
        <source>tried %1 as well: %2 in %3 ms</source>
        <translation>也试了 %1：%2，耗时 %3 毫秒</translation>
    </message>
    <message>
        <source>Switch the health-check method to %1 in the listener&apos;s settings, or make the application answer %2 like %1 (some frameworks do not route %2 automatically).</source>
        <translation>在监听的设置中将健康检查方法改为 %1，或让应用像响应 %1 一样响应 %2（有些框架不会自动处理 %2）。</translation>
    </message>
    <message>
        <source>This load balancer always sends %1: make the application answer %1 on the health-check path (some frameworks route only %2).</source>
        <translation>此负载均衡总是发送 %1：请让应用在健康检查路径上响应 %1（有些框架只处理 %2）。</translation>
    </message>
    <message>
        <source>tried %1 as well, with the same result: %2; not a method problem</source>
        <translation>也试了 %1，结果相同：%2；不是请求方法的问题</translation>
    </message>
    <message>
        <source>reproduce it: %1</source>
        <translation>复现方法：%1</translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>the status line and headers exceed %1 KiB; a load balancer gives up on such a response</source>
        <translation>状态行和响应头超过 %1 KiB；负载均衡会放弃这样的响应</translation>
    </message>
    <message>
        <source>the answer does not start with an HTTP status line (&quot;%1&quot;): HTTP/0.9, another protocol, or TLS on a plain port</source>
        <translation>应答不是以 HTTP 状态行开头（“%1”）：可能是 HTTP/0.9、其他协议，或在普通端口上使用了 TLS</translation>
    </message>
    <message>
        <source>malformed status line &quot;%1&quot;</source>
        <translation>格式错误的状态行“%1”</translation>
    </message>
    <message>
        <source>malformed header line &quot;%1&quot;</source>
        <translation>格式错误的响应头行“%1”</translation>
    </message>
    <message>
        <source>invalid Content-Length &quot;%1&quot;</source>
        <translation>无效的 Content-Length“%1”</translation>
    </message>
    <message>
        <source>malformed chunked body: a chunk-size line longer than %1 bytes</source>
        <translation>分块响应体格式错误：分块大小行超过 %1 字节</translation>
    </message>
    <message>
        <source>malformed chunked body: chunk size &quot;%1&quot;</source>
        <translation>分块响应体格式错误：分块大小“%1”</translation>
    </message>
    <message>
        <source>malformed chunked body: missing line break after a chunk</source>
        <translation>分块响应体格式错误：分块之后缺少换行</translation>
    </message>
    <message>
        <source>the backend closed the connection without sending a response</source>
        <translation>后端未发送响应就关闭了连接</translation>
    </message>
    <message>
        <source>the backend closed the connection after %1 bytes, in the middle of the status line</source>
        <translation>后端在 %1 字节后关闭了连接，状态行尚未结束</translation>
    </message>
    <message>
        <source>the backend closed the connection in the middle of the headers (after %1 bytes)</source>
        <translation>后端在发送响应头的中途关闭了连接（%1 字节后）</translation>
    </message>
    <message>
        <source>
[... %1 more bytes not shown]</source>
        <translation>
[……还有 %1 字节未显示]</translation>
    </message>
</context>
<context>
    <name>IcmpProbe</name>
    <message>
        <source>the backend name does not resolve: %1</source>
        <translation>无法解析后端服务器名称：%1</translation>
    </message>
    <message>
        <source>unknown, because the ping command could not be started: %1</source>
        <translation>未知，因为无法启动 ping 命令：%1</translation>
    </message>
    <message>
        <source>Install ping (Debian: apt install iputils-ping) or check the PATH.</source>
        <translation>安装 ping（Debian：apt install iputils-ping）或检查 PATH。</translation>
    </message>
    <message>
        <source>this provider&apos;s UDP check starts with a ping, so the backend is marked unhealthy</source>
        <translation>此云厂商的 UDP 健康检查先发送 ping，因此后端会被标记为不健康</translation>
    </message>
    <message>
        <source>this provider&apos;s check does not ping, so this alone does not fail the health check</source>
        <translation>此云厂商的健康检查不发送 ping，因此仅凭这一点不会导致健康检查失败</translation>
    </message>
    <message>
        <source>%1 answers ping in %2 ms</source>
        <translation>%1 响应 ping，耗时 %2 毫秒</translation>
    </message>
    <message>
        <source>%1 answers ping</source>
        <translation>%1 响应 ping</translation>
    </message>
    <message>
        <source>%1 does not answer ping within %2 ms: ICMP is blocked (security group, host firewall) or ignored (icmp_echo_ignore_all)</source>
        <translation>%1 在 %2 毫秒内没有响应 ping：ICMP 被拦截（安全组、主机防火墙）或被忽略（icmp_echo_ignore_all）</translation>
    </message>
    <message>
        <source>%1 is unreachable for ping: %2</source>
        <translation>ping 无法到达 %1：%2</translation>
    </message>
    <message>
        <source>ping cannot resolve the backend: %1</source>
        <translation>ping 无法解析后端服务器：%1</translation>
    </message>
    <message>
        <source>unknown, because this machine does not allow ping: %1</source>
        <translation>未知，因为本机不允许 ping：%1</translation>
    </message>
    <message>
        <source>Run as a user allowed to ping (Linux: net.ipv4.ping_group_range or the cap_net_raw capability on ping).</source>
        <translation>请以允许 ping 的用户运行（Linux：net.ipv4.ping_group_range，或为 ping 设置 cap_net_raw 能力）。</translation>
    </message>
    <message>
        <source>unknown, because ping printed nothing</source>
        <translation>未知，因为 ping 没有任何输出</translation>
    </message>
    <message>
        <source>unknown, because the output of ping is not in a form LB Doctor knows</source>
        <translation>未知，因为 ping 的输出格式不是 LB Doctor 认识的格式</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>%1 (profile %2%3)
</source>
        <translation>%1（配置文件 %2%3）
</translation>
    </message>
    <message>
        <source>, variant %1</source>
        <translation>，变体 %1</translation>
    </message>
    <message>
        <source>Health checks: on
</source>
        <translation>健康检查：开启
</translation>
    </message>
    <message>
        <source>Health checks: OFF (%1)
</source>
        <translation>健康检查：关闭（%1）
</translation>
    </message>
    <message>
        <source>Target fields:
</source>
        <translation>目标字段：
</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>Notes:
</source>
        <translation>说明：
</translation>
    </message>
    <message>
        <source>Lint (lbconfig):
</source>
        <translation>配置检查（lbconfig）：
</translation>
    </message>
    <message>
        <source>  nothing LB Doctor would change
</source>
        <translation>  没有 LB Doctor 建议修改的设置
</translation>
    </message>
    <message>
        <source>%1 (profile %2): %3 backends
</source>
        <translation>%1（配置文件 %2）：%3 个后端
</translation>
    </message>
    <message>
        <source>Reads a load balancer&apos;s health-check configuration or backend status (the provider&apos;s CLI or API JSON).</source>
        <translation>读取负载均衡的健康检查配置或后端健康状态（云厂商 CLI 或 API 输出的 JSON）。</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>The import command.</source>
        <translation>import 命令。</translation>
    </message>
    <message>
        <source>The JSON file, or - for standard input.</source>
        <translation>JSON 文件，或用 - 表示标准输入。</translation>
    </message>
    <message>
        <source>see lbdoctor-cli import --help</source>
        <translation>参见 lbdoctor-cli import --help</translation>
    </message>
    <message>
        <source>import needs a FILE (or - for standard input)</source>
        <translation>import 需要一个文件（或用 - 表示标准输入）</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>InlineError</name>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>Ip6NeighbourDiscovery</name>
    <message>
        <source>IPv6 neighbour discovery is stopped: the %1 (ICMPv6 type %2) %3 %4 is %5 by %6; without it this host exchanges no IPv6 packet with its gateway, whatever the rules say about the health-check addresses; allow it first: ip6tables -I %7 1 -p ipv6-icmp --icmpv6-type %1 -j ACCEPT</source>
        <translation>IPv6 邻居发现被阻断：%1（ICMPv6 类型 %2，%3 %4）被 %6 %5；没有它，这台主机无法与网关交换任何 IPv6 报文，无论规则对健康检查地址怎么写；请先放行它：ip6tables -I %7 1 -p ipv6-icmp --icmpv6-type %1 -j ACCEPT</translation>
    </message>
    <message>
        <source>to</source>
        <translation>发往</translation>
    </message>
    <message>
        <source>from</source>
        <translation>来自</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>丢弃</translation>
    </message>
</context>
<context>
    <name>IptablesAnalyzer</name>
    <message>
        <source>iptables-save output (all tables)</source>
        <translation>iptables-save 输出（所有表）</translation>
    </message>
    <message>
        <source>unknown, because this is not iptables-save output (no *table line); run iptables-save as root and paste all of it</source>
        <translation>未知，因为这不是 iptables-save 的输出（没有 *table 行）；请以 root 身份运行 iptables-save 并粘贴全部输出</translation>
    </message>
    <message>
        <source>unknown, because %1</source>
        <translation>未知，因为%1</translation>
    </message>
    <message>
        <source>Make it persistent: on Debian/Ubuntu install iptables-persistent and run netfilter-persistent save; on RHEL/CentOS with iptables-services run service iptables save.</source>
        <translation>将规则持久化：在 Debian/Ubuntu 上安装 iptables-persistent 并运行 netfilter-persistent save；在装有 iptables-services 的 RHEL/CentOS 上运行 service iptables save。</translation>
    </message>
    <message>
        <source>nat rule at line %1 redirects port %2 (%3): the packet may reach another port or host, which these results do not follow</source>
        <translation>第 %1 行的 nat 规则重定向了端口 %2（%3）：报文可能到达其他端口或主机，这些结果没有跟踪到那里</translation>
    </message>
    <message>
        <source>iptables allows everything: the iptables-save output is empty, so no iptables rules are loaded</source>
        <translation>iptables 放行全部流量：iptables-save 的输出为空，即没有加载任何 iptables 规则</translation>
    </message>
    <message>
        <source>iptables-save printed nothing (no table loaded); rules loaded with nft directly do not show here: check nft list ruleset too</source>
        <translation>iptables-save 没有输出（未加载任何表）；直接用 nft 加载的规则不会显示在这里：请同时检查 nft list ruleset</translation>
    </message>
    <message>
        <source>read from %1 output of the tables: %2</source>
        <translation>读取自 %1 的输出，包含的表：%2</translation>
    </message>
    <message>
        <source>unknown, because this is iptables -L output, which hides interfaces, tables and details; paste the output of iptables-save instead</source>
        <translation>未知，因为这是 iptables -L 的输出，其中不显示网卡、表和细节；请改为粘贴 iptables-save 的输出</translation>
    </message>
    <message>
        <source>unknown, because iptables rules apply to IPv4 packets only and the health check comes from IPv6 addresses (%1); paste the output of ip6tables-save instead</source>
        <translation>未知，因为 iptables 规则只作用于 IPv4 报文，而健康检查来自 IPv6 地址（%1）；请改为粘贴 ip6tables-save 的输出</translation>
    </message>
    <message>
        <source>unknown, because this is ip6tables output: its rules apply to IPv6 packets only, and the health check comes from IPv4 addresses (%1); paste the output of iptables-save (IPv4) instead</source>
        <translation>未知，因为这是 ip6tables 的输出：其规则只作用于 IPv6 报文，而健康检查来自 IPv4 地址（%1）；请改为粘贴 iptables-save（IPv4）的输出</translation>
    </message>
    <message>
        <source>the %1 table(s) were not in the %2 paste, so their rules are not checked; run %3 (all tables) to check them</source>
        <translation>粘贴的 %2 输出中没有 %1 表，因此未检查其中的规则；请运行 %3（全部表）以便检查</translation>
    </message>
    <message>
        <source>the chain(s) %1 were not in the %2 paste, so the packets they see are not checked; run %3 (all tables) to check them</source>
        <translation>粘贴的 %2 输出中没有链 %1，因此未检查经过这些链的报文；请运行 %3（全部表）以便检查</translation>
    </message>
    <message>
        <source>Make it persistent: on Debian/Ubuntu install iptables-persistent and run netfilter-persistent save; on RHEL/CentOS with iptables-services run service ip6tables save.</source>
        <translation>将规则持久化：在 Debian/Ubuntu 上安装 iptables-persistent 并运行 netfilter-persistent save；在装有 iptables-services 的 RHEL/CentOS 上运行 service ip6tables save。</translation>
    </message>
    <message>
        <source>IPv4 addresses: ip6tables rules apply to IPv6 packets only; paste iptables-save to check them</source>
        <translation>IPv4 地址：ip6tables 规则只作用于 IPv6 报文；请粘贴 iptables-save 的输出以检查这些地址</translation>
    </message>
    <message>
        <source>IPv6 addresses: iptables rules apply to IPv4 packets only; paste ip6tables-save to check them</source>
        <translation>IPv6 地址：iptables 规则只作用于 IPv4 报文；请粘贴 ip6tables-save 的输出以检查这些地址</translation>
    </message>
    <message>
        <source>unknown, because the raw table was not in the listing and these rules test the conntrack state, which a NOTRACK rule there would change (%1); run %2 (all tables) instead</source>
        <translation>未知，因为列表中没有 raw 表，而这些规则检查 conntrack 状态，raw 表中的 NOTRACK 规则会改变该状态（%1）；请改为运行 %2（全部表）</translation>
    </message>
    <message>
        <source>unknown, because iptables rules apply to IPv4 packets only and the health check comes from IPv6 addresses (%1); give the output of ip6tables-save instead</source>
        <translation>未知，因为 iptables 规则只作用于 IPv4 报文，而健康检查来自 IPv6 地址（%1）；请改为提供 ip6tables-save 的输出</translation>
    </message>
    <message>
        <source>unknown, because this is ip6tables output, which applies to IPv6 packets only, and the health-check sources (%1) are IPv4; if the load balancer checks this IPv6 backend from IPv6 addresses, pass them with --source-cidr, otherwise give the output of iptables-save (IPv4)</source>
        <translation>未知，因为这是 ip6tables 的输出，只作用于 IPv6 报文，而健康检查源地址（%1）是 IPv4；如果负载均衡从 IPv6 地址检查这台 IPv6 后端服务器，请用 --source-cidr 传入这些地址，否则请提供 iptables-save（IPv4）的输出</translation>
    </message>
    <message>
        <source>unknown, because this is ip6tables output, which applies to IPv6 packets only, and the health-check sources (%1) are IPv4; if the load balancer checks this IPv6 backend from IPv6 addresses, enter them as the health-check source CIDR, otherwise paste the output of iptables-save (IPv4)</source>
        <translation>未知，因为这是 ip6tables 的输出，只作用于 IPv6 报文，而健康检查源地址（%1）是 IPv4；如果负载均衡从 IPv6 地址检查这台 IPv6 后端服务器，请把这些地址填入健康检查源 CIDR，否则请粘贴 iptables-save（IPv4）的输出</translation>
    </message>
    <message>
        <source>unknown, because this is ip6tables output: its rules apply to IPv6 packets only, and the health check comes from IPv4 addresses (%1); give the output of iptables-save (IPv4) instead</source>
        <translation>未知，因为这是 ip6tables 的输出：其规则只作用于 IPv6 报文，而健康检查来自 IPv4 地址（%1）；请改为提供 iptables-save（IPv4）的输出</translation>
    </message>
    <message>
        <source>the %1 table(s) were not in the %2 output given, so their rules are not checked; give the output of %3 (all tables) to check them</source>
        <translation>所提供的 %2 输出中没有 %1 表，因此未检查其规则；请提供 %3（所有表）的输出以检查它们</translation>
    </message>
    <message>
        <source>the chain(s) %1 were not in the %2 output given, so the packets they see are not checked; give the output of %3 (all tables) to check them</source>
        <translation>所提供的 %2 输出中没有 %1 链，因此未检查经过它们的报文；请提供 %3（所有表）的输出以检查它们</translation>
    </message>
    <message>
        <source>unknown, because this is iptables -L output, which hides interfaces, tables and details; give the output of iptables-save instead</source>
        <translation>未知，因为这是 iptables -L 的输出，其中不显示网卡、表和细节；请改为提供 iptables-save 的输出</translation>
    </message>
    <message>
        <source>unknown, because this is not iptables-save output (no *table line); run iptables-save as root and give all of its output</source>
        <translation>未知，因为这不是 iptables-save 的输出（没有 *table 行）；请以 root 身份运行 iptables-save 并提供全部输出</translation>
    </message>
    <message>
        <source>IPv4 addresses: ip6tables rules apply to IPv6 packets only; give the output of iptables-save to check them</source>
        <translation>IPv4 地址：ip6tables 规则只作用于 IPv6 报文；请提供 iptables-save 的输出以检查它们</translation>
    </message>
    <message>
        <source>IPv6 addresses: iptables rules apply to IPv4 packets only; give the output of ip6tables-save to check them</source>
        <translation>IPv6 地址：iptables 规则只作用于 IPv4 报文；请提供 ip6tables-save 的输出以检查它们</translation>
    </message>
</context>
<context>
    <name>IptablesEvaluator</name>
    <message>
        <source>TCP SYN to port %1</source>
        <translation>发往端口 %1 的 TCP SYN</translation>
    </message>
    <message>
        <source>UDP datagram to port %1</source>
        <translation>发往端口 %1 的 UDP 报文</translation>
    </message>
    <message>
        <source>ICMP echo request</source>
        <translation>ICMP echo 请求</translation>
    </message>
    <message>
        <source>IP protocol %1 packet</source>
        <translation>IP 协议 %1 报文</translation>
    </message>
    <message>
        <source>%1 %2 rule %3 (handle %4): %5</source>
        <translation>%1 %2 规则 %3（handle %4）：%5</translation>
    </message>
    <message>
        <source>%1 %2 rule %3: %4</source>
        <translation>%1 %2 规则 %3：%4</translation>
    </message>
    <message>
        <source>policy %1 of %2 %3</source>
        <translation>%2 %3 的默认策略 %1</translation>
    </message>
    <message>
        <source>no filtering chain on the way in</source>
        <translation>入方向上没有过滤链</translation>
    </message>
    <message>
        <source>a port match on a packet without ports</source>
        <translation>对没有端口的报文进行端口匹配</translation>
    </message>
    <message>
        <source>an address type LB Doctor does not model</source>
        <translation>LB Doctor 未建模的地址类型</translation>
    </message>
    <message>
        <source>the backend address is not known; pass --ip</source>
        <translation>后端地址未知；请传入 --ip</translation>
    </message>
    <message>
        <source>chain %1 is reached again from itself (a loop the kernel would refuse)</source>
        <translation>链 %1 又从自身被跳转到（内核会拒绝这样的循环）</translation>
    </message>
    <message>
        <source>chains nest deeper than %1</source>
        <translation>链的嵌套深度超过 %1</translation>
    </message>
    <message>
        <source>the ruleset is too large to walk completely</source>
        <translation>规则集太大，无法完整遍历</translation>
    </message>
    <message>
        <source>target %1 is not modelled</source>
        <translation>目标 %1 未建模</translation>
    </message>
    <message>
        <source>chain %1 is not in the ruleset</source>
        <translation>规则集中没有链 %1</translation>
    </message>
    <message>
        <source>the health check&apos;s own port is an ephemeral one (1024-65535), but which one is not known in advance</source>
        <translation>健康检查自身使用临时端口（1024-65535），但事先无法知道具体是哪一个</translation>
    </message>
    <message>
        <source>a NOTRACK rule leaves only part of the exchange tracked, so conntrack&apos;s state for this packet is not modelled</source>
        <translation>NOTRACK 规则使这次交互只有一部分被连接跟踪，因此未对该报文的 conntrack 状态建模</translation>
    </message>
    <message>
        <source>TCP SYN-ACK from port %1</source>
        <translation>来自端口 %1 的 TCP SYN-ACK</translation>
    </message>
    <message>
        <source>TCP response data from port %1</source>
        <translation>来自端口 %1 的 TCP 响应数据</translation>
    </message>
    <message>
        <source>UDP reply from port %1</source>
        <translation>来自端口 %1 的 UDP 回复</translation>
    </message>
    <message>
        <source>ICMP echo reply</source>
        <translation>ICMP echo 回复</translation>
    </message>
    <message>
        <source>ICMP port unreachable for port %1</source>
        <translation>端口 %1 的 ICMP 端口不可达</translation>
    </message>
    <message>
        <source>IP protocol %1 reply</source>
        <translation>IP 协议 %1 的回复报文</translation>
    </message>
    <message>
        <source>TCP request data to port %1</source>
        <translation>发往端口 %1 的 TCP 请求数据</translation>
    </message>
    <message>
        <source>TCP ACK to port %1</source>
        <translation>发往端口 %1 的 TCP ACK</translation>
    </message>
    <message>
        <source>the SYN-ACK</source>
        <translation>SYN-ACK</translation>
    </message>
    <message>
        <source>the response data</source>
        <translation>响应数据</translation>
    </message>
    <message>
        <source>the SYN</source>
        <translation>SYN</translation>
    </message>
    <message>
        <source>the request data</source>
        <translation>请求数据</translation>
    </message>
    <message>
        <source>the handshake&apos;s ACK</source>
        <translation>握手的 ACK</translation>
    </message>
    <message>
        <source>the UDP reply</source>
        <translation>UDP 回包</translation>
    </message>
    <message>
        <source>the UDP datagram</source>
        <translation>UDP 报文</translation>
    </message>
    <message>
        <source>the echo reply</source>
        <translation>echo 回复</translation>
    </message>
    <message>
        <source>the ICMP port unreachable</source>
        <translation>ICMP 端口不可达</translation>
    </message>
    <message>
        <source>the echo request</source>
        <translation>echo 请求</translation>
    </message>
    <message>
        <source>no filtering chain on the way out</source>
        <translation>出方向没有过滤链</translation>
    </message>
    <message>
        <source>an IPv6 match of an inet table</source>
        <translation>inet 表中针对 IPv6 的匹配条件</translation>
    </message>
    <message>
        <source>ICMPv6 echo reply</source>
        <translation>ICMPv6 echo 回复</translation>
    </message>
    <message>
        <source>ICMPv6 port unreachable for port %1</source>
        <translation>端口 %1 的 ICMPv6 端口不可达</translation>
    </message>
    <message>
        <source>ICMPv6 echo request</source>
        <translation>ICMPv6 echo 请求</translation>
    </message>
</context>
<context>
    <name>IptablesListing</name>
    <message>
        <source>the iptables -S output starts without its -P policy lines; paste all of it</source>
        <translation>iptables -S 的输出开头缺少 -P 策略行；请粘贴完整输出</translation>
    </message>
    <message>
        <source>the policies of chains %1 match no iptables table, so the table of these rules is not known; run iptables-save instead</source>
        <translation>链 %1 的策略与任何 iptables 表都不对应，因此无法确定这些规则所属的表；请改为运行 iptables-save</translation>
    </message>
    <message>
        <source>the %1 table is listed twice; paste one listing per table, or run iptables-save instead</source>
        <translation>%1 表出现了两次；请每个表只粘贴一份输出，或改为运行 iptables-save</translation>
    </message>
    <message>
        <source>the iptables -L output starts without a Chain line; paste all of it</source>
        <translation>iptables -L 的输出开头缺少 Chain 行；请粘贴完整输出</translation>
    </message>
    <message>
        <source>line not understood as iptables -L output: %1</source>
        <translation>无法按 iptables -L 输出理解的行：%1</translation>
    </message>
    <message>
        <source>the built-in chains %1 match no iptables table (a listing of one chain?), so the table of these rules is not known; run iptables-save instead</source>
        <translation>内置链 %1 与任何 iptables 表都不对应（只列出了一条链？），因此无法确定这些规则所属的表；请改为运行 iptables-save</translation>
    </message>
    <message>
        <source>the addresses as numbers (iptables -L without -n prints names)</source>
        <translation>数字形式的地址（不带 -n 的 iptables -L 显示的是名称）</translation>
    </message>
    <message>
        <source>a match exactly (it prints &quot;%1&quot;)</source>
        <translation>匹配条件的准确内容（它显示为“%1”）</translation>
    </message>
    <message>
        <source>the rule&apos;s interfaces (iptables -L without -v prints none)</source>
        <translation>规则的网卡（不带 -v 的 iptables -L 不显示网卡）</translation>
    </message>
    <message>
        <source>the iptables -S output starts without its -P policy lines; give all of it</source>
        <translation>iptables -S 的输出开头缺少 -P 策略行；请提供完整输出</translation>
    </message>
    <message>
        <source>the %1 table is listed twice; give one listing per table, or the output of iptables-save instead</source>
        <translation>%1 表出现了两次；请每个表只提供一份输出，或改为提供 iptables-save 的输出</translation>
    </message>
    <message>
        <source>the iptables -L output starts without a Chain line; give all of it</source>
        <translation>iptables -L 输出的开头没有 Chain 行；请提供完整输出</translation>
    </message>
</context>
<context>
    <name>IptablesParser</name>
    <message>
        <source>option %1 has no value</source>
        <translation>选项 %1 没有值</translation>
    </message>
    <message>
        <source>address %1 not understood</source>
        <translation>无法理解地址 %1</translation>
    </message>
    <message>
        <source>protocol %1 not understood</source>
        <translation>无法理解协议 %1</translation>
    </message>
    <message>
        <source>match -m %1 is not modelled</source>
        <translation>匹配 -m %1 未建模</translation>
    </message>
    <message>
        <source>port %1 not understood</source>
        <translation>无法理解端口 %1</translation>
    </message>
    <message>
        <source>port list %1 not understood</source>
        <translation>无法理解端口列表 %1</translation>
    </message>
    <message>
        <source>TCP flags %1 %2 not understood</source>
        <translation>无法理解 TCP 标志 %1 %2</translation>
    </message>
    <message>
        <source>ICMP type %1 not understood</source>
        <translation>无法理解 ICMP 类型 %1</translation>
    </message>
    <message>
        <source>address range %1 not understood</source>
        <translation>无法理解地址范围 %1</translation>
    </message>
    <message>
        <source>state %1 not understood</source>
        <translation>无法理解状态 %1</translation>
    </message>
    <message>
        <source>option %1 of -m %2 is not modelled</source>
        <translation>-m %2 的选项 %1 未建模</translation>
    </message>
    <message>
        <source>line not understood: %1</source>
        <translation>无法理解的行：%1</translation>
    </message>
    <message>
        <source>table %1 has no COMMIT: the save is truncated</source>
        <translation>表 %1 没有 COMMIT：保存的输出被截断了</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>table %1 ends without COMMIT</source>
        <translation>表 %1 没有以 COMMIT 结尾</translation>
    </message>
    <message>
        <source>more than %1 tables; the rest is ignored</source>
        <translation>表超过 %1 个；其余的被忽略</translation>
    </message>
    <message>
        <source>chain line without a name</source>
        <translation>链定义行缺少名称</translation>
    </message>
    <message>
        <source>rule for chain %1, which is not declared</source>
        <translation>规则所属的链 %1 未声明</translation>
    </message>
    <message>
        <source>rule without a chain</source>
        <translation>规则没有所属的链</translation>
    </message>
    <message>
        <source>unbalanced quotes</source>
        <translation>引号不成对</translation>
    </message>
    <message>
        <source>(cut off by an unbalanced quote)</source>
        <translation>（因引号不成对而被截断）</translation>
    </message>
    <message>
        <source>the %1 -L listing does not show %2; paste %1-save output instead</source>
        <translation>%1 -L 的列表不显示%2；请改为粘贴 %1-save 的输出</translation>
    </message>
    <message>
        <source>ICMPv6 type %1 not understood</source>
        <translation>无法理解 ICMPv6 类型 %1</translation>
    </message>
    <message>
        <source>the %1 -L listing does not show %2; give the output of %1-save instead</source>
        <translation>%1 -L 列表不显示%2；请改为提供 %1-save 的输出</translation>
    </message>
</context>
<context>
    <name>IptablesReport</name>
    <message>
        <source>the health-check CIDR is not valid: %1</source>
        <translation>健康检查 CIDR 无效：%1</translation>
    </message>
    <message>
        <source>the profile has no health-check CIDR; pass --source-cidr</source>
        <translation>配置文件中没有健康检查 CIDR；请传入 --source-cidr</translation>
    </message>
    <message>
        <source>IPv6 addresses: this analysis models the IPv4 packet only</source>
        <translation>IPv6 地址：此分析只对 IPv4 报文建模</translation>
    </message>
    <message>
        <source>this host (address not given)</source>
        <translation>本机（未提供地址）</translation>
    </message>
    <message>
        <source>... and %1 more rules</source>
        <translation>……还有 %1 条规则</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation>等另外 %1 项</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>%1 allows all of %2, but %3</source>
        <translation>%1 允许 %2 的全部地址，但%3</translation>
    </message>
    <message>
        <source>unknown, because the %1 rules are truncated (%2); rules after the cut could still block</source>
        <translation>未知，因为 %1 规则被截断（%2）；截断之后的规则仍可能拦截</translation>
    </message>
    <message>
        <source>Check the rules named in the evidence by hand: LB Doctor cannot decide them for the health-check addresses. Where a rule depends on the destination, pass the backend address with --ip.</source>
        <translation>请手动检查证据中列出的规则：LB Doctor 无法判定它们对健康检查地址的作用。若某条规则取决于目标地址，请用 --ip 传入后端地址。</translation>
    </message>
    <message>
        <source>Allow the health-check addresses to the port before the rule that blocks them (the commands below insert an accept rule right there). %1 If firewalld manages this host, add the rule through firewalld instead (%2), or its next reload removes the change.</source>
        <translation>在拦截健康检查地址的规则之前放行它们访问该端口（下面的命令会在那个位置插入一条接受规则）。%1 如果此主机由 firewalld 管理，请改为通过 firewalld 添加规则（%2），否则它下次重新加载时会撤销这一修改。</translation>
    </message>
    <message>
        <source>a UDP reply (this check expects none)</source>
        <translation>UDP 回复（该检查不需要回复）</translation>
    </message>
    <message>
        <source>the ICMP port unreachable a closed port sends (state RELATED)</source>
        <translation>端口关闭时发出的 ICMP 端口不可达（状态 RELATED）</translation>
    </message>
    <message>
        <source>the handshake&apos;s ACK (the request data completes the handshake as well)</source>
        <translation>握手的 ACK（请求数据同样能完成握手）</translation>
    </message>
    <message>
        <source>the handshake&apos;s ACK or the prober&apos;s RST (the check succeeds when the SYN-ACK arrives)</source>
        <translation>握手的 ACK 或探测方的 RST（收到 SYN-ACK 时检查即成功）</translation>
    </message>
    <message>
        <source>FIN and RST at the end (the verdict is in by then)</source>
        <translation>结束时的 FIN 和 RST（此时结果已经确定）</translation>
    </message>
    <message>
        <source>modelled: %1 from %2, arriving on %3, to %4; the replies leave by the same interface; each packet walks the chains of its direction and must pass</source>
        <translation>建模内容：%1，来自 %2，从 %3 进入，发往 %4；回复从同一网卡发出；每个报文都经过其方向上的各条链，且必须全部通过</translation>
    </message>
    <message>
        <source>not needed for the check&apos;s result, so not modelled: %1</source>
        <translation>与检查结果无关，因此未建模：%1</translation>
    </message>
    <message>
        <source>%1 (%2, state %3) is rejected by %4</source>
        <translation>%1（%2，状态 %3）被 %4 拒绝</translation>
    </message>
    <message>
        <source>%1 (%2, state %3) is dropped by %4</source>
        <translation>%1（%2，状态 %3）被 %4 丢弃</translation>
    </message>
    <message>
        <source>%1 (%2, state %3) cannot be decided at %4</source>
        <translation>%1（%2，状态 %3）在 %4 处无法判定</translation>
    </message>
    <message>
        <source>%1 passes (%2), but %3 (%4, state %5) is rejected by %6</source>
        <translation>%1 能通过（%2），但 %3（%4，状态 %5）被 %6 拒绝</translation>
    </message>
    <message>
        <source>%1 passes (%2), but %3 (%4, state %5) is dropped by %6</source>
        <translation>%1 能通过（%2），但 %3（%4，状态 %5）被 %6 丢弃</translation>
    </message>
    <message>
        <source>%1 passes (%2), but %3 (%4, state %5) cannot be decided at %6</source>
        <translation>%1 能通过（%2），但 %3（%4，状态 %5）在 %6 处无法判定</translation>
    </message>
    <message>
        <source>The check&apos;s later packets or replies (conntrack state ESTABLISHED) are stopped: accept established and related traffic first thing in the chain that stops them, as the commands below do.</source>
        <translation>健康检查的后续报文或回复（conntrack 状态 ESTABLISHED）被拦截：请在拦截它们的链的最前面放行 established 和 related 流量，如下面的命令所示。</translation>
    </message>
    <message>
        <source>%1: %2 %3 has no ESTABLISHED,RELATED accept</source>
        <translation>%1：%2 %3 中没有放行 ESTABLISHED,RELATED 的规则</translation>
    </message>
    <message>
        <source>The check&apos;s later packets or replies (conntrack state ESTABLISHED) are stopped: accept established and related traffic first thing in the chain that stops them, as the commands below do. %1</source>
        <translation>健康检查的后续报文或回复（conntrack 状态 ESTABLISHED）被拦截：请在拦截它们的链的最前面放行 established 和 related 流量，如下面的命令所示。%1</translation>
    </message>
</context>
<context>
    <name>JsonReport</name>
    <message>
        <source>JSON report</source>
        <translation>JSON 报告</translation>
    </message>
</context>
<context>
    <name>KindName</name>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>iptables rules (iptables-save)</source>
        <translation>iptables 规则（iptables-save）</translation>
    </message>
    <message>
        <source>nftables ruleset (nft list ruleset)</source>
        <translation>nftables 规则集（nft list ruleset）</translation>
    </message>
    <message>
        <source>firewalld zones (firewall-cmd --list-all-zones)</source>
        <translation>firewalld 区域（firewall-cmd --list-all-zones）</translation>
    </message>
    <message>
        <source>ufw status (ufw status verbose)</source>
        <translation>ufw 状态（ufw status verbose）</translation>
    </message>
    <message>
        <source>Windows Firewall rules (netsh advfirewall)</source>
        <translation>Windows 防火墙规则（netsh advfirewall）</translation>
    </message>
    <message>
        <source>the security group&apos;s rules (the provider&apos;s CLI output or console export)</source>
        <translation>安全组规则（云厂商 CLI 的输出或控制台导出）</translation>
    </message>
    <message>
        <source>listening sockets (ss -ltnup or netstat)</source>
        <translation>监听套接字（ss -ltnup 或 netstat）</translation>
    </message>
    <message>
        <source>routing table (ip route)</source>
        <translation>路由表（ip route）</translation>
    </message>
    <message>
        <source>TCP wrappers (/etc/hosts.allow, /etc/hosts.deny)</source>
        <translation>TCP wrappers（/etc/hosts.allow、/etc/hosts.deny）</translation>
    </message>
    <message>
        <source>kernel settings (sysctl)</source>
        <translation>内核参数（sysctl）</translation>
    </message>
    <message>
        <source>load and memory (/proc/loadavg, free)</source>
        <translation>负载与内存（/proc/loadavg、free）</translation>
    </message>
    <message>
        <source>packet capture (tcpdump text, pcap, pcapng)</source>
        <translation>抓包（tcpdump 文本、pcap、pcapng）</translation>
    </message>
    <message>
        <source>the load balancer&apos;s health-check settings (CLI or API JSON)</source>
        <translation>负载均衡的健康检查配置（CLI 或 API 输出的 JSON）</translation>
    </message>
    <message>
        <source>the load balancer&apos;s backend status (CLI or API JSON)</source>
        <translation>负载均衡的后端状态（CLI 或 API 输出的 JSON）</translation>
    </message>
</context>
<context>
    <name>LbConfigLint</name>
    <message>
        <source>CLB console &gt; Instances &gt; the instance &gt; Listener &gt; the listener &gt; Modify Listener &gt; Health Check</source>
        <translation>CLB 控制台 &gt; 实例管理 &gt; 该实例 &gt; 监听 &gt; 该监听 &gt; 修改监听配置 &gt; 健康检查</translation>
    </message>
    <message>
        <source>CLB console &gt; Instances &gt; the instance &gt; Listener Management &gt; the listener (HTTP/HTTPS: its forwarding rule) &gt; Modify &gt; Health Check</source>
        <translation>CLB 控制台 &gt; 实例管理 &gt; 该实例 &gt; 监听器管理 &gt; 该监听器（HTTP/HTTPS：其转发规则）&gt; 修改 &gt; 健康检查</translation>
    </message>
    <message>
        <source>ELB console &gt; Load Balancers &gt; the load balancer &gt; Backend Server Groups &gt; the group &gt; Health Check &gt; Modify</source>
        <translation>ELB 控制台 &gt; 负载均衡器 &gt; 该负载均衡器 &gt; 后端服务器组 &gt; 该服务器组 &gt; 健康检查 &gt; 修改</translation>
    </message>
    <message>
        <source>EC2 console &gt; Target Groups &gt; the target group &gt; Health checks &gt; Edit</source>
        <translation>EC2 控制台 &gt; 目标组 &gt; 该目标组 &gt; 运行状况检查 &gt; 编辑</translation>
    </message>
    <message>
        <source>Health checks are switched off (%1): the load balancer does not check the backends, so its health status says nothing about them.</source>
        <translation>健康检查已关闭（%1）：负载均衡不检查后端，因此它报告的健康状态与后端无关。</translation>
    </message>
    <message>
        <source>Switch the health check on: %1.</source>
        <translation>开启健康检查：%1。</translation>
    </message>
    <message>
        <source>The health checks go to port %1 (%2), but the service is on port %3: the backend is judged by whatever answers on %1.</source>
        <translation>健康检查发往端口 %1（%2），但服务在端口 %3 上：后端的健康与否取决于端口 %1 上的应答。</translation>
    </message>
    <message>
        <source>Make sure the service also answers on port %1, or point the check at port %2: %3.</source>
        <translation>请确保服务也在端口 %1 上应答，或将检查指向端口 %2：%3。</translation>
    </message>
    <message>
        <source>The timeout (%1 s) is not shorter than the interval (%2 s): a slow answer runs into the next check; the providers ask for a timeout below the interval.</source>
        <translation>超时时间（%1 秒）不小于检查间隔（%2 秒）：慢速应答会与下一次检查重叠；云厂商要求超时时间小于检查间隔。</translation>
    </message>
    <message>
        <source>Set the timeout below the interval: %1.</source>
        <translation>将超时时间设为小于检查间隔：%1。</translation>
    </message>
    <message>
        <source>The check uses HTTP/1.1 without a domain: the Host header carries only an IP address, and many servers answer 400, 404 or a default site to that.</source>
        <translation>检查使用 HTTP/1.1 但没有设置域名：Host 头只有 IP 地址，很多服务器对此返回 400、404 或默认站点。</translation>
    </message>
    <message>
        <source>Set the health-check domain to the name the site answers to: %1.</source>
        <translation>将健康检查域名设为站点实际响应的域名：%1。</translation>
    </message>
    <message>
        <source>http_method is %1, but Huawei Cloud documents this field as not supported (do not use): the checks are sent with GET.</source>
        <translation>http_method 为 %1，但华为云文档说明该字段不支持（请勿使用）：检查以 GET 发送。</translation>
    </message>
    <message>
        <source>Leave http_method at GET and make the path answer GET: %1.</source>
        <translation>将 http_method 保持为 GET，并确保该路径响应 GET：%1。</translation>
    </message>
    <message>
        <source>The healthy codes (%1) exclude redirects (301, 302): a backend that redirects the check path (to HTTPS, to a login page) is unhealthy.</source>
        <translation>健康状态码（%1）不包含重定向（301、302）：若后端对检查路径做重定向（跳转到 HTTPS、登录页），会被判为不健康。</translation>
    </message>
    <message>
        <source>If the path redirects, point the check at a path that answers directly, or count 3xx as healthy: %1.</source>
        <translation>如果该路径会重定向，请把检查指向直接应答的路径，或将 3xx 计为健康：%1。</translation>
    </message>
    <message>
        <source>When every backend is unhealthy, %1 sends traffic to all of them (fails open): the service can seem to work while every health check fails.</source>
        <translation>当所有后端都不健康时，%1 会把流量转发给全部后端（失败开放）：服务可能看似正常，而每次健康检查都失败。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 = %2 (from %3)</source>
        <translation>%1 = %2（来自 %3）</translation>
    </message>
    <message>
        <source>%1 %2: the health-check settings have nothing LB Doctor would change</source>
        <translation>%1 %2：健康检查设置中没有 LB Doctor 建议修改的内容</translation>
    </message>
    <message>
        <source> (and %1 more)</source>
        <translation>（另有 %1 项）</translation>
    </message>
    <message>
        <source>Imported from %1 %2:</source>
        <translation>导入自 %1 %2：</translation>
    </message>
    <message>
        <source>The backend answers the check with a redirect (%1), and the listener&apos;s healthy codes (%2) do not accept it.</source>
        <translation>后端对检查返回重定向（%1），而监听器的健康状态码（%2）不接受它。</translation>
    </message>
</context>
<context>
    <name>LbImport</name>
    <message>
        <source>The TCP listener checks its backends with HTTP (HealthCheckType http): LB Doctor diagnoses the HTTP check.</source>
        <translation>该 TCP 监听用 HTTP 检查后端（HealthCheckType http）：LB Doctor 诊断 HTTP 检查。</translation>
    </message>
    <message>
        <source>No BackendServerPort (the listener forwards to a server group): enter the backend&apos;s port yourself.</source>
        <translation>没有 BackendServerPort（监听转发到服务器组）：请自行输入后端端口。</translation>
    </message>
    <message>
        <source>HealthCheckConnectPort is %1: the checks go to each backend&apos;s own port.</source>
        <translation>HealthCheckConnectPort 为 %1：检查发往各后端自身的端口。</translation>
    </message>
    <message>
        <source>HealthCheckDomain is $_ip: the load balancer sends each backend&apos;s private IP as the Host header, as LB Doctor does without a domain.</source>
        <translation>HealthCheckDomain 为 $_ip：负载均衡以各后端的私网 IP 作为 Host 头发送，与 LB Doctor 在未设置域名时的做法相同。</translation>
    </message>
    <message>
        <source>the health check is off or has not completed</source>
        <translation>健康检查已关闭或尚未完成</translation>
    </message>
    <message>
        <source>Server group %1: health checks are off.</source>
        <translation>服务器组 %1：健康检查已关闭。</translation>
    </message>
    <message>
        <source>answered %1, expected %2</source>
        <translation>应答为 %1，期望 %2</translation>
    </message>
    <message>
        <source>GetListenerHealthStatus lists only the servers that are not healthy: a backend missing from the list is healthy.</source>
        <translation>GetListenerHealthStatus 只列出不健康的服务器：列表中没有的后端是健康的。</translation>
    </message>
    <message>
        <source>DescribeHealthStatus lists no backend servers: is the listener port right, and are servers added to the listener?</source>
        <translation>DescribeHealthStatus 没有列出后端服务器：监听端口是否正确，是否已向该监听添加服务器？</translation>
    </message>
    <message>
        <source>describe-target-groups returned no target group</source>
        <translation>describe-target-groups 没有返回目标组</translation>
    </message>
    <message>
        <source>describe-target-groups returned %1 target groups (%2); import one: %3</source>
        <translation>describe-target-groups 返回了 %1 个目标组（%2）；请只导入一个：%3</translation>
    </message>
    <message>
        <source>this target group belongs to a Gateway Load Balancer (Protocol GENEVE), which LB Doctor has no profile for</source>
        <translation>该目标组属于网关负载均衡器（Protocol GENEVE），LB Doctor 没有对应的配置文件</translation>
    </message>
    <message>
        <source>HealthCheckPort is traffic-port: the checks go to the port each target receives traffic on.</source>
        <translation>HealthCheckPort 为 traffic-port：检查发往各目标接收流量的端口。</translation>
    </message>
    <message>
        <source>The target group checks with gRPC (ProtocolVersion GRPC): LB Doctor sends HTTP/1.1 requests and cannot judge a gRPC check.</source>
        <translation>该目标组用 gRPC 检查（ProtocolVersion GRPC）：LB Doctor 发送 HTTP/1.1 请求，无法判断 gRPC 检查。</translation>
    </message>
    <message>
        <source>The load balancer sends the target&apos;s IP and port as the Host header; there is no health-check domain on AWS.</source>
        <translation>负载均衡以目标的 IP 和端口作为 Host 头发送；AWS 没有健康检查域名。</translation>
    </message>
    <message>
        <source>The targets are Lambda functions: there is no backend server to probe.</source>
        <translation>目标是 Lambda 函数：没有可探测的后端服务器。</translation>
    </message>
    <message>
        <source>The health checks come from the load balancer&apos;s own addresses in the VPC: enter the VPC or subnet CIDR as the source CIDR.</source>
        <translation>健康检查来自负载均衡在 VPC 中的自身地址：请将 VPC 或子网 CIDR 输入为健康检查源地址。</translation>
    </message>
    <message>
        <source>describe-target-health lists no target: are targets registered in the target group?</source>
        <translation>describe-target-health 没有列出目标：目标组中是否已注册目标？</translation>
    </message>
    <message>
        <source>Targets registered by instance id: the list names instances, not IP addresses; pick the backend from the list.</source>
        <translation>目标按实例 ID 注册：列表给出的是实例而不是 IP 地址；请从列表中选择后端。</translation>
    </message>
    <message>
        <source>this is %1, not a listener&apos;s health-check configuration or a backend status: run %2 (configuration) or %3 (backend status) and import that</source>
        <translation>这是 %1，不是监听器的健康检查配置或后端健康状态：请运行 %2（配置）或 %3（后端状态）并导入其输出</translation>
    </message>
    <message>
        <source>%1 must be TCP, UDP_CONNECT, HTTP or HTTPS, got &quot;%2&quot;</source>
        <translation>%1 必须是 TCP、UDP_CONNECT、HTTP 或 HTTPS，实际为“%2”</translation>
    </message>
    <message>
        <source>The health monitor does not say whether the load balancer is shared or dedicated: LB Doctor assumes shared (100.125.0.0/16); for a dedicated one choose the variant dedicated and enter its backend subnet.</source>
        <translation>健康检查对象没有说明负载均衡是共享型还是独享型：LB Doctor 按共享型处理（100.125.0.0/16）；若为独享型，请选择变体 dedicated 并输入其后端子网。</translation>
    </message>
    <message>
        <source>monitor_port is empty: the checks go to each member&apos;s own port (protocol_port).</source>
        <translation>monitor_port 为空：检查发往各成员自身的端口（protocol_port）。</translation>
    </message>
    <message>
        <source>The health monitor does not say the members&apos; port: enter the backend&apos;s port yourself.</source>
        <translation>健康检查对象没有说明成员的端口：请自行输入后端端口。</translation>
    </message>
    <message>
        <source>no health monitor on the member&apos;s server group</source>
        <translation>该成员所在的后端服务器组没有健康检查</translation>
    </message>
    <message>
        <source>ListHealthMonitors returned no health monitor</source>
        <translation>ListHealthMonitors 没有返回健康检查</translation>
    </message>
    <message>
        <source>ListHealthMonitors returned %1 health monitors (%2); import one: %3</source>
        <translation>ListHealthMonitors 返回了 %1 个健康检查（%2）；请只导入一个：%3</translation>
    </message>
    <message>
        <source>ListMembers returned no member: is the pool id right?</source>
        <translation>ListMembers 没有返回成员：后端服务器组 ID 是否正确？</translation>
    </message>
    <message>
        <source>the JSON ends early (at character %1 of %2): the paste or file looks truncated; copy the whole output again</source>
        <translation>JSON 提前结束（在第 %1 个字符处，共 %2 个）：粘贴内容或文件似乎被截断；请重新复制完整输出</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>第 %1 个字符处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>the input is %1 MB; a load balancer&apos;s configuration or status is far smaller: is this the right file?</source>
        <translation>输入有 %1 MB；负载均衡的配置或状态远小于此：文件是否正确？</translation>
    </message>
    <message>
        <source>the input is empty: paste the JSON the provider&apos;s CLI or API printed</source>
        <translation>输入为空：请粘贴云厂商 CLI 或 API 输出的 JSON</translation>
    </message>
    <message>
        <source>no JSON object found: paste the JSON the provider&apos;s CLI or API printed (for example %1)</source>
        <translation>未找到 JSON 对象：请粘贴云厂商 CLI 或 API 输出的 JSON（例如 %1）</translation>
    </message>
    <message>
        <source>the API call failed (%1: %2): fix the call and import its result</source>
        <translation>API 调用失败（%1：%2）：请修正调用后导入其结果</translation>
    </message>
    <message>
        <source>this JSON is not a listener&apos;s health-check configuration or a backend status LB Doctor knows; it reads: Alibaba Cloud CLB Describe*ListenerAttribute, DescribeHealthStatus, ALB GetListenerHealthStatus; Tencent Cloud DescribeListeners, DescribeTargetHealth; Huawei Cloud ELB ShowHealthMonitor, ListHealthMonitors, members; AWS describe-target-groups, describe-target-health</source>
        <translation>此 JSON 不是 LB Doctor 能识别的监听器健康检查配置或后端健康状态；可读取：阿里云 CLB Describe*ListenerAttribute、DescribeHealthStatus、ALB GetListenerHealthStatus；腾讯云 DescribeListeners、DescribeTargetHealth；华为云 ELB ShowHealthMonitor、ListHealthMonitors、members；AWS describe-target-groups、describe-target-health</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message>
        <source>the listener&apos;s health-check configuration as the provider&apos;s CLI or API prints it</source>
        <translation>云厂商 CLI 或 API 输出的监听器健康检查配置</translation>
    </message>
    <message>
        <source>this is a backend status (%1), not a configuration</source>
        <translation>这是后端健康状态（%1），不是配置</translation>
    </message>
    <message>
        <source>the backends&apos; health status as the provider&apos;s CLI or API prints it</source>
        <translation>云厂商 CLI 或 API 输出的后端健康状态</translation>
    </message>
    <message>
        <source>this is a health-check configuration (%1), not a backend status</source>
        <translation>这是健康检查配置（%1），不是后端健康状态</translation>
    </message>
    <message>
        <source>DescribeListeners returned no listener: check the load balancer id and the listener id</source>
        <translation>DescribeListeners 没有返回监听器：请检查负载均衡 ID 和监听器 ID</translation>
    </message>
    <message>
        <source>DescribeListeners returned %1 listeners: %2; import one: %3</source>
        <translation>DescribeListeners 返回了 %1 个监听器：%2；请只导入一个：%3</translation>
    </message>
    <message>
        <source>The listener has %1 forwarding rules, each with its own health check; imported the first (%2%3).</source>
        <translation>该监听器有 %1 条转发规则，每条都有自己的健康检查；已导入第一条（%2%3）。</translation>
    </message>
    <message>
        <source>the listener %1 has no HealthCheck object: DescribeListeners printed no health-check settings to import</source>
        <translation>监听器 %1 没有 HealthCheck 对象：DescribeListeners 没有输出可导入的健康检查设置</translation>
    </message>
    <message>
        <source>The custom check&apos;s request and answer are hexadecimal (ContextType HEX).</source>
        <translation>自定义检查的请求和应答是十六进制（ContextType HEX）。</translation>
    </message>
    <message>
        <source>The listener checks with ping (CheckType PING): only the ICMP step speaks for the load balancer&apos;s view.</source>
        <translation>该监听器用 ping 检查（CheckType PING）：只有 ICMP 步骤能代表负载均衡的视角。</translation>
    </message>
    <message>
        <source>DescribeListeners does not say the backends&apos; port (each bound server has its own): enter it yourself.</source>
        <translation>DescribeListeners 没有给出后端端口（每台绑定的服务器各有端口）：请自行输入。</translation>
    </message>
    <message>
        <source>SourceIpType 0: the health checks come from the CLB&apos;s VIP, not from 100.64.0.0/10; DescribeListeners does not print the VIP: enter it as the source CIDR (for example 1.2.3.4/32).</source>
        <translation>SourceIpType 0：健康检查来自 CLB 的 VIP，而不是 100.64.0.0/10；DescribeListeners 不输出 VIP：请将其输入为健康检查源地址（例如 1.2.3.4/32）。</translation>
    </message>
    <message>
        <source>%1 must be 0 (the CLB VIP) or 1 (100.64.0.0/10), got %2</source>
        <translation>%1 必须为 0（CLB VIP）或 1（100.64.0.0/10），实际为 %2</translation>
    </message>
    <message>
        <source>health checks are off for this listener</source>
        <translation>该监听器的健康检查已关闭</translation>
    </message>
    <message>
        <source>DescribeTargetHealth lists no backend: are servers bound to the listener?</source>
        <translation>DescribeTargetHealth 没有列出后端：该监听器是否绑定了服务器？</translation>
    </message>
    <message>
        <source>Tencent Cloud says healthy or not, not why: the other steps have to find the reason.</source>
        <translation>腾讯云只说明健康与否，不说明原因：需要由其他步骤找出原因。</translation>
    </message>
    <message>
        <source>%1 must be a whole number, got &quot;%2&quot;</source>
        <translation>%1 必须是整数，实际为“%2”</translation>
    </message>
    <message>
        <source>%1 must be %2-%3, got %4</source>
        <translation>%1 必须在 %2-%3 之间，实际为 %4</translation>
    </message>
    <message>
        <source>the JSON ends early (at character %1 of %2): the file looks truncated; save the whole output again</source>
        <translation>JSON 提前结束（在第 %1 个字符处，共 %2 个）：文件似乎被截断；请重新保存完整输出</translation>
    </message>
    <message>
        <source>the input is empty: give the file with the JSON the provider&apos;s CLI or API printed</source>
        <translation>输入为空：请提供保存了云厂商 CLI 或 API 所输出 JSON 的文件</translation>
    </message>
    <message>
        <source>no JSON object found: give the file with the JSON the provider&apos;s CLI or API printed (for example %1)</source>
        <translation>未找到 JSON 对象：请提供保存了云厂商 CLI 或 API 所输出 JSON 的文件（例如 %1）</translation>
    </message>
</context>
<context>
    <name>LbImportDialog</name>
    <message>
        <source>Import from load balancer</source>
        <translation>从负载均衡导入</translation>
    </message>
    <message>
        <source>Paste what the provider&apos;s CLI or API printed, or open a saved file: the listener&apos;s health-check configuration (aliyun slb Describe*ListenerAttribute, tccli clb DescribeListeners, hcloud ELB ShowHealthMonitor, aws elbv2 describe-target-groups) or the backends&apos; status (DescribeHealthStatus, GetListenerHealthStatus, DescribeTargetHealth, ListMembers, describe-target-health).</source>
        <translation>粘贴云厂商 CLI 或 API 的输出，或打开保存的文件：监听器的健康检查配置（aliyun slb Describe*ListenerAttribute、tccli clb DescribeListeners、hcloud ELB ShowHealthMonitor、aws elbv2 describe-target-groups）或后端健康状态（DescribeHealthStatus、GetListenerHealthStatus、DescribeTargetHealth、ListMembers、describe-target-health）。</translation>
    </message>
    <message>
        <source>Load balancer JSON</source>
        <translation>负载均衡 JSON</translation>
    </message>
    <message>
        <source>&amp;Open file...</source>
        <translation>打开文件(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>pasted</source>
        <translation>已粘贴</translation>
    </message>
    <message>
        <source>Open the load balancer&apos;s JSON</source>
        <translation>打开负载均衡的 JSON</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>LbStatusFinding</name>
    <message>
        <source>The load balancer&apos;s checks time out: something between it and the backend drops them (security group, network ACL, host firewall, route back) or the application answers too slowly.</source>
        <translation>负载均衡的检查超时：负载均衡与后端之间有东西丢弃了检查（安全组、网络 ACL、主机防火墙、回程路由），或应用应答太慢。</translation>
    </message>
    <message>
        <source>The load balancer cannot connect: nothing listens on the check port at the address it reaches, or a firewall rejects it.</source>
        <translation>负载均衡无法建立连接：在它能到达的地址上没有进程监听检查端口，或防火墙拒绝了连接。</translation>
    </message>
    <message>
        <source>The backend answers the check with a status code outside the healthy codes: check the path, the domain (Host header) and what the application answers.</source>
        <translation>后端对检查返回的状态码不在健康状态码之内：请检查路径、域名（Host 头）以及应用的应答。</translation>
    </message>
    <message>
        <source>The load balancer&apos;s checks fail (the connection or the answer): the steps below tell which.</source>
        <translation>负载均衡的检查失败（连接或应答）：下面的步骤会说明是哪一种。</translation>
    </message>
    <message>
        <source>The provider reports an internal error of the load balancer: nothing on the backend explains it; ask the provider&apos;s support.</source>
        <translation>云厂商报告负载均衡内部错误：后端上没有任何原因能解释它；请联系云厂商技术支持。</translation>
    </message>
    <message>
        <source>%1 (%2) does not list %3 among the backends that are not healthy: the load balancer sees it healthy</source>
        <translation>%1（%2）没有把 %3 列为不健康的后端：负载均衡认为它健康</translation>
    </message>
    <message>
        <source>%1 (%2) lists %3 backends; pick the one to diagnose</source>
        <translation>%1（%2）列出了 %3 个后端；请选择要诊断的一个</translation>
    </message>
    <message>
        <source>%1 (%2) does not list %3: is this the right load balancer, listener or port?</source>
        <translation>%1（%2）没有列出 %3：负载均衡、监听器或端口是否正确？</translation>
    </message>
    <message>
        <source>%1 (%2) reports %3 as %4</source>
        <translation>%1（%2）报告 %3 为 %4</translation>
    </message>
    <message>
        <source>The load balancer is still running its first checks on this backend: wait for interval x healthy threshold, then look again.</source>
        <translation>负载均衡仍在对该后端进行首轮检查：请等待“检查间隔 × 健康阈值”后再查看。</translation>
    </message>
    <message>
        <source>The load balancer does not use this backend (not registered, draining, or in a zone the load balancer does not serve): no health check reaches it.</source>
        <translation>负载均衡没有使用该后端（未注册、正在注销，或位于负载均衡未启用的可用区）：没有健康检查到达它。</translation>
    </message>
    <message>
        <source>Backends as %1 reports them (%2):</source>
        <translation>%1 报告的后端（%2）：</translation>
    </message>
    <message>
        <source>Every backend is unhealthy: %1 then sends traffic to all of them (fails open), so the service may seem to work while every check fails.</source>
        <translation>所有后端都不健康：%1 此时会把流量转发给全部后端（失败开放），因此服务可能看似正常，而每次检查都失败。</translation>
    </message>
    <message>
        <source>The load balancer reports a timeout, but the connection from here works: look at what differs between here and the load balancer: the source CIDR rules, the security group.</source>
        <translation>负载均衡报告超时，但从这里的连接正常：请查看这里与负载均衡之间的差异：源 CIDR 规则、安全组。</translation>
    </message>
    <message>
        <source>The load balancer cannot connect, but the connection from here works: look at what differs between here and the load balancer: the source CIDR rules, the security group, the address the service listens on.</source>
        <translation>负载均衡无法建立连接，但从这里的连接正常：请查看这里与负载均衡之间的差异：源 CIDR 规则、安全组、服务监听的地址。</translation>
    </message>
    <message>
        <source>The load balancer gets an unexpected status code, but the request from here gets a healthy one: compare what differs: the domain (Host header), the path, the HTTP version and method, the source address.</source>
        <translation>负载均衡收到了意外的状态码，但从这里的请求得到健康的状态码：请比较差异：域名（Host 头）、路径、HTTP 版本和方法、源地址。</translation>
    </message>
    <message>
        <source>The load balancer marks the backend unhealthy, but the health-check request from here is answered as healthy: look at what differs between here and the load balancer: the source CIDR rules, the security group.</source>
        <translation>负载均衡把后端标记为不健康，但从这里发出的健康检查请求得到健康的应答：请查看这里与负载均衡之间的差异：源 CIDR 规则、安全组。</translation>
    </message>
</context>
<context>
    <name>LiveCapture</name>
    <message>
        <source>no health-check packet from %1 to port %2 in %3 s on any interface: the checks never reach this server (security group, network ACL, route or a wrong port)</source>
        <translation>%3 秒内所有网卡上都没有从 %1 到端口 %2 的健康检查报文：健康检查根本没有到达此服务器（安全组、网络ACL、路由或端口错误）</translation>
    </message>
    <message>
        <source>LB Doctor captured with `%1` for %2 s: 0 packets matched</source>
        <translation>LB Doctor 用 `%1` 抓包 %2 秒：没有匹配的报文</translation>
    </message>
    <message>
        <source>the capture was stopped early: if the load balancer checks less often than that, capture longer</source>
        <translation>抓包被提前停止：如果负载均衡的检查间隔比这更长，请抓包更久</translation>
    </message>
    <message>
        <source>Check that the security group and network ACL allow %1 to port %2, that the load balancer checks this server&apos;s address and port, and that the route back to %1 goes out of the interface the checks arrive on.</source>
        <translation>请确认安全组和网络ACL允许 %1 访问端口 %2，负载均衡检查的是本服务器的地址和端口，并且回到 %1 的路由从健康检查到达的网卡发出。</translation>
    </message>
    <message>
        <source>0 packets captured</source>
        <translation>抓到 0 个报文</translation>
    </message>
    <message>
        <source>LB Doctor captures by itself only on Linux; on Windows run the pktmon commands shown in this step in an administrator prompt and open the .pcapng file</source>
        <translation>LB Doctor 只在 Linux 上自行抓包；在 Windows 上请在管理员命令行中运行此步骤显示的 pktmon 命令，然后打开 .pcapng 文件</translation>
    </message>
    <message>
        <source>tcpdump is not installed on this machine: install it (Debian, Ubuntu: apt install tcpdump; RHEL, Alibaba Cloud Linux: yum install tcpdump), then capture again, or run `%1` by hand</source>
        <translation>本机未安装 tcpdump：请先安装（Debian、Ubuntu：apt install tcpdump；RHEL、Alibaba Cloud Linux：yum install tcpdump）再抓包，或手动运行 `%1`</translation>
    </message>
    <message>
        <source>capturing packets needs root, and LB Doctor runs as an ordinary user: start LB Doctor with sudo, or run `%1` yourself while the load balancer checks, and open the file it writes</source>
        <translation>抓包需要 root 权限，而 LB Doctor 以普通用户运行：请用 sudo 启动 LB Doctor，或在负载均衡检查期间自行运行 `%1`，然后打开它写出的文件</translation>
    </message>
    <message>
        <source>cannot create a temporary file for the capture: %1</source>
        <translation>无法为抓包创建临时文件：%1</translation>
    </message>
    <message>
        <source>tcpdump did not capture: %1</source>
        <translation>tcpdump 未能抓包：%1</translation>
    </message>
    <message>
        <source>it ended without writing a capture (exit status %1)</source>
        <translation>它没有写出抓包就结束了（退出状态 %1）</translation>
    </message>
</context>
<context>
    <name>LiveCaptureRun</name>
    <message>
        <source>captured %1 packets in %2 s%3
</source>
        <translation>%2 秒内抓到 %1 个报文%3
</translation>
    </message>
    <message>
        <source> (stopped early)</source>
        <translation>（已提前停止）</translation>
    </message>
    <message>
        <source>capturing... %1 of %2 s
</source>
        <translation>正在抓包……%1/%2 秒
</translation>
    </message>
    <message>
        <source>capturing the health checks on %1 for %2 s with tcpdump (Ctrl-C ends it early)...
</source>
        <translation>正在用 tcpdump 在 %1 上抓取健康检查报文 %2 秒（Ctrl-C 可提前结束）……
</translation>
    </message>
</context>
<context>
    <name>LoadAnalyzer</name>
    <message numerus="yes">
        <source>load per core %1 (1-minute load %2 on %n core(s))</source>
        <translation>
            <numerusform>每核负载 %1（1 分钟负载 %2，共 %n 个核）</numerusform>
        </translation>
    </message>
    <message>
        <source>server load (loadavg, uptime, top, free)</source>
        <translation>服务器负载（loadavg、uptime、top、free）</translation>
    </message>
    <message>
        <source>unknown, because the text has no load or memory figures (expected /proc/loadavg, uptime, top -bn1 or free -m output)</source>
        <translation>未知，因为文本中没有负载或内存数据（预期为 /proc/loadavg、uptime、top -bn1 或 free -m 的输出）</translation>
    </message>
    <message>
        <source>load average %1 / %2 / %3 (1, 5, 15 minutes)</source>
        <translation>平均负载 %1 / %2 / %3（1、5、15 分钟）</translation>
    </message>
    <message>
        <source>the core count is missing: add the output of `nproc` to judge the load per core</source>
        <translation>缺少 CPU 核数：请加上 `nproc` 的输出，以便判断每核负载</translation>
    </message>
    <message>
        <source>more than half of the swap space is in use: the server has been short of memory</source>
        <translation>超过一半的交换空间已被使用：服务器曾经内存不足</translation>
    </message>
    <message>
        <source>the server is overloaded: %1; health checks time out on a server this busy</source>
        <translation>服务器过载：%1；如此繁忙的服务器上健康检查会超时</translation>
    </message>
    <message>
        <source>the server is busy: %1</source>
        <translation>服务器繁忙：%1</translation>
    </message>
    <message>
        <source>the server is not overloaded: %1</source>
        <translation>服务器未过载：%1</translation>
    </message>
    <message>
        <source>unknown, because %1</source>
        <translation>未知，因为%1</translation>
    </message>
    <message>
        <source>the health-check request answered in %1 ms, within the %2 ms timeout</source>
        <translation>健康检查请求在 %1 毫秒内得到应答，未超过 %2 毫秒的超时时间</translation>
    </message>
    <message>
        <source>the server is very busy (%1), but the health-check request still answered in %2 ms of the %3 ms timeout</source>
        <translation>服务器非常繁忙（%1），但健康检查请求仍在 %2 毫秒内得到应答（超时时间 %3 毫秒）</translation>
    </message>
    <message>
        <source>backend overloaded: the health-check request took %1 ms of the %2 ms timeout while %3</source>
        <translation>后端过载：健康检查请求耗时 %1 毫秒（超时时间 %2 毫秒），同时%3</translation>
    </message>
    <message>
        <source>the server is idle (%1) but the health-check request took %2 ms of the %3 ms timeout: the application is slow, not the server</source>
        <translation>服务器空闲（%1），但健康检查请求耗时 %2 毫秒（超时时间 %3 毫秒）：慢的是应用，不是服务器</translation>
    </message>
    <message>
        <source>Look at what the health-check path does: make it a small static page (no database, no session, no PHP), check the application&apos;s logs and slow queries, and its worker or thread pool limits.</source>
        <translation>看看健康检查路径做了什么：把它做成一个小的静态页面（不访问数据库、不用会话、不用 PHP），检查应用日志和慢查询，以及工作进程或线程池的上限。</translation>
    </message>
    <message>
        <source>HTTP step: %1 (%2 ms)</source>
        <translation>HTTP 步骤：%1（%2 毫秒）</translation>
    </message>
    <message>
        <source>1-minute load %1 (core count unknown)</source>
        <translation>1 分钟负载 %1（CPU 核数未知）</translation>
    </message>
    <message>
        <source>CPU %1% busy</source>
        <translation>CPU 使用率 %1%</translation>
    </message>
    <message>
        <source>%1% of memory available</source>
        <translation>可用内存 %1%</translation>
    </message>
</context>
<context>
    <name>LocalCollector</name>
    <message>
        <source>not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <source>stopped after %1 ms</source>
        <translation>%1 毫秒后被停止</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>已崩溃</translation>
    </message>
    <message>
        <source>`%1` is not installed on this machine</source>
        <translation>本机未安装 `%1`</translation>
    </message>
    <message>
        <source>`%1` did not finish within %2 s and was stopped</source>
        <translation>`%1` 未在 %2 秒内完成，已被停止</translation>
    </message>
    <message>
        <source>`%1` crashed</source>
        <translation>`%1` 崩溃了</translation>
    </message>
    <message>
        <source>`%1` needs root: %2</source>
        <translation>`%1` 需要 root 权限：%2</translation>
    </message>
    <message>
        <source>`%1` failed with exit code %2: %3</source>
        <translation>`%1` 执行失败，退出码 %2：%3</translation>
    </message>
    <message>
        <source>unknown, because `%1` needs root: run LB Doctor with sudo, or run `sudo %1` and paste its output</source>
        <translation>未知，因为 `%1` 需要 root 权限：请用 sudo 运行 LB Doctor，或运行 `sudo %1` 并粘贴其输出</translation>
    </message>
    <message>
        <source>unknown, because `%1` is not installed on this machine; run the equivalent command for this system and paste its output</source>
        <translation>未知，因为本机未安装 `%1`；请运行此系统上的等效命令并粘贴其输出</translation>
    </message>
    <message>
        <source>unknown, because `%1` gave no usable output</source>
        <translation>未知，因为 `%1` 没有给出可用的输出</translation>
    </message>
    <message>
        <source>`%1` printed no rules: no %2 firewall is loaded, so it blocks nothing</source>
        <translation>`%1` 没有输出任何规则：未加载 %2 防火墙，因此它不拦截任何流量</translation>
    </message>
    <message>
        <source>unknown, because none of these is installed on this machine: %1</source>
        <translation>未知，因为本机没有安装以下任何一个：%1</translation>
    </message>
    <message>
        <source>unknown, because no command ran for this step</source>
        <translation>未知，因为此步骤没有运行任何命令</translation>
    </message>
    <message>
        <source>%1 has no such setting to read (%2)</source>
        <translation>%1 没有可读取的此项设置（%2）</translation>
    </message>
    <message>
        <source>this step is not read on the backend server</source>
        <translation>此步骤不在后端服务器上读取</translation>
    </message>
    <message>
        <source>unknown, because `%1` needs root: run lbdoctor-cli with sudo, or run `sudo %1` and give its output with --evidence</source>
        <translation>未知，因为 `%1` 需要 root 权限：请用 sudo 运行 lbdoctor-cli，或运行 `sudo %1` 并通过 --evidence 提供其输出</translation>
    </message>
    <message>
        <source>unknown, because `%1` is not installed on this machine; run the equivalent command for this system and give its output with --evidence</source>
        <translation>未知，因为本机未安装 `%1`；请运行此系统上的等效命令并通过 --evidence 提供其输出</translation>
    </message>
</context>
<context>
    <name>MarkdownReport</name>
    <message>
        <source>Markdown report</source>
        <translation>Markdown 报告</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Root cause:</source>
        <translation>根本原因：</translation>
    </message>
    <message>
        <source>Fixing it should also clear: %1.</source>
        <translation>修复它后，以下问题也应随之消失：%1。</translation>
    </message>
    <message>
        <source>Contradicting evidence</source>
        <translation>相互矛盾的证据</translation>
    </message>
    <message>
        <source>Not checked yet, and could explain the root cause</source>
        <translation>尚未检查、但可能解释根本原因的项</translation>
    </message>
    <message>
        <source>Fix, in this order</source>
        <translation>按以下顺序修复</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>No step has run yet.</source>
        <translation>尚未执行任何步骤。</translation>
    </message>
    <message>
        <source>ROOT CAUSE</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>步骤 %1</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>证据：%1</translation>
    </message>
    <message>
        <source>... and %1 more lines in the JSON report</source>
        <translation>……JSON 报告中还有 %1 行</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>修复：</translation>
    </message>
    <message>
        <source>Raw output (%1)</source>
        <translation>原始输出（%1）</translation>
    </message>
</context>
<context>
    <name>ModePage</name>
    <message>
        <source>Where LB Doctor runs</source>
        <translation>LB Doctor 的运行位置</translation>
    </message>
    <message>
        <source>This decides how each step gets its evidence: probed over the network, read on the backend server, or pasted in by you.</source>
        <translation>这决定了每个步骤如何获取证据：通过网络探测、在后端服务器上读取，或由您粘贴。</translation>
    </message>
    <message>
        <source>On my &amp;desktop: probe the backend over the network</source>
        <translation>在我的电脑上(&amp;D)：通过网络探测后端服务器</translation>
    </message>
    <message>
        <source>LB Doctor connects to the backend as the load balancer would. For checks on the server itself (firewall, listening sockets, routes) it shows the command to run there and you paste the output.</source>
        <translation>LB Doctor 像负载均衡一样连接后端服务器。对于需要在服务器上进行的检查（防火墙、监听套接字、路由），它会显示要在服务器上运行的命令，由您粘贴输出。</translation>
    </message>
    <message>
        <source>LB Doctor reads the firewall, sockets, routes and kernel settings of this machine with read-only commands, and probes the service too.</source>
        <translation>LB Doctor 用只读命令读取本机的防火墙、套接字、路由和内核参数，并同时探测服务。</translation>
    </message>
    <message>
        <source>&amp;Offline: analyze pasted output only</source>
        <translation>离线(&amp;O)：只分析粘贴的输出</translation>
    </message>
    <message>
        <source>Nothing is sent over the network. Use this on the phone with a customer: read them each command, and paste what they send back.</source>
        <translation>不通过网络发送任何内容。适合与客户电话沟通时使用：把每条命令念给对方，再粘贴对方发回的输出。</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Local collection is not built into this LB Doctor yet: steps on the server will ask for pasted output.</source>
        <translation>此版本的 LB Doctor 尚未内置本地收集功能：需要在服务器上执行的步骤会要求您粘贴输出。</translation>
    </message>
    <message>
        <source>The backend %1 is this machine&apos;s loopback address: LB Doctor runs on the backend, so collecting locally is suggested.</source>
        <translation>后端 %1 是本机的回环地址：LB Doctor 运行在后端服务器上，建议本地收集。</translation>
    </message>
    <message>
        <source>Suggested: the backend %1 is one of this machine&apos;s addresses, so LB Doctor runs on the backend and can collect locally.</source>
        <translation>建议：后端 %1 是本机的地址之一，因此 LB Doctor 运行在后端服务器上，可以本地收集。</translation>
    </message>
    <message>
        <source>Suggested: probe from this desktop. %1 is resolved when the steps start.</source>
        <translation>建议：从这台电脑进行探测。%1 会在步骤开始时解析。</translation>
    </message>
    <message>
        <source>Suggested: probe from this desktop. The backend %1 is not one of this machine&apos;s addresses.</source>
        <translation>建议：从这台电脑进行探测。后端 %1 不是本机的地址。</translation>
    </message>
    <message>
        <source>On the backend &amp;server itself: collect locally</source>
        <translation>在后端服务器本机上(&amp;S)：本地收集</translation>
    </message>
</context>
<context>
    <name>NftablesAnalyzer</name>
    <message>
        <source>nft -j list ruleset (or nft list ruleset) output</source>
        <translation>nft -j list ruleset（或 nft list ruleset）的输出</translation>
    </message>
    <message>
        <source>unknown, because the nft output is empty; run nft -j list ruleset as root</source>
        <translation>未知，因为 nft 输出为空；请以 root 身份运行 nft -j list ruleset</translation>
    </message>
    <message>
        <source>unknown, because this is not nftables output LB Doctor can read (%1); run nft -j list ruleset as root and paste all of it</source>
        <translation>未知，因为这不是 LB Doctor 能读取的 nftables 输出（%1）；请以 root 身份运行 nft -j list ruleset 并粘贴全部输出</translation>
    </message>
    <message>
        <source>unknown, because %1</source>
        <translation>未知，因为%1</translation>
    </message>
    <message>
        <source>%1 %2 rewrites destinations on the way in: a DNAT of the port would send the packet elsewhere, which these results do not follow</source>
        <translation>%1 %2 在入方向上改写目标地址：对该端口的 DNAT 会把报文送往别处，这些结果没有跟踪到那里</translation>
    </message>
    <message>
        <source>Make it persistent: on Debian/Ubuntu save the ruleset with nft list ruleset &gt; /etc/nftables.conf (loaded by nftables.service); on RHEL/CentOS add the rule to /etc/sysconfig/nftables.conf.</source>
        <translation>将规则持久化：在 Debian/Ubuntu 上用 nft list ruleset &gt; /etc/nftables.conf 保存规则集（由 nftables.service 加载）；在 RHEL/CentOS 上将规则加入 /etc/sysconfig/nftables.conf。</translation>
    </message>
    <message>
        <source>LB Doctor reads only the common forms of the plain-text listing: paste the output of nft -j list ruleset (run as root) instead, whose JSON form it reads exactly.</source>
        <translation>LB Doctor 只能读取纯文本列表的常见形式：请改为粘贴 nft -j list ruleset（以 root 运行）的输出，其 JSON 形式可以被准确读取。</translation>
    </message>
    <message>
        <source>unknown, because this is not nftables output LB Doctor can read (%1); run nft -j list ruleset as root and give all of its output</source>
        <translation>未知，因为这不是 LB Doctor 能读取的 nftables 输出（%1）；请以 root 身份运行 nft -j list ruleset 并提供全部输出</translation>
    </message>
    <message>
        <source>LB Doctor reads only the common forms of the plain-text listing: give the output of nft -j list ruleset (run as root) instead, whose JSON form it reads exactly.</source>
        <translation>LB Doctor 只能读取纯文本列表的常见形式：请改为提供 nft -j list ruleset（以 root 运行）的输出，其 JSON 形式可以被准确读取。</translation>
    </message>
</context>
<context>
    <name>NftablesJson</name>
    <message>
        <source>rule for chain %1, which is not listed</source>
        <translation>规则所属的链 %1 未列出</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>不是有效的 JSON（偏移 %2 处：%1）</translation>
    </message>
    <message>
        <source>JSON without an &quot;nftables&quot; array, so not the output of nft -j list ruleset</source>
        <translation>JSON 中没有“nftables”数组，因此不是 nft -j list ruleset 的输出</translation>
    </message>
    <message>
        <source>the listing is cut off: %1</source>
        <translation>列表被截断：%1</translation>
    </message>
    <message>
        <source>%1 is not modelled</source>
        <translation>%1 未建模</translation>
    </message>
    <message>
        <source>set %1 is a map, a concatenation or missing</source>
        <translation>集合 %1 是映射、拼接类型或不存在</translation>
    </message>
    <message>
        <source>address %1 not understood</source>
        <translation>无法理解地址 %1</translation>
    </message>
    <message>
        <source>protocol in %1 not understood</source>
        <translation>无法理解 %1 中的协议</translation>
    </message>
    <message>
        <source>ports in %1 not understood</source>
        <translation>无法理解 %1 中的端口</translation>
    </message>
    <message>
        <source>TCP flags in %1 not understood</source>
        <translation>无法理解 %1 中的 TCP 标志</translation>
    </message>
    <message>
        <source>ICMP type in %1 not understood</source>
        <translation>无法理解 %1 中的 ICMP 类型</translation>
    </message>
</context>
<context>
    <name>NftablesText</name>
    <message>
        <source>no &quot;table&quot; block found</source>
        <translation>没有找到“table”块</translation>
    </message>
    <message>
        <source>table %1 %2 is not closed</source>
        <translation>表 %1 %2 没有闭合</translation>
    </message>
    <message>
        <source>nft syntax not understood: %1</source>
        <translation>无法理解的 nft 语法：%1</translation>
    </message>
</context>
<context>
    <name>OtherHost</name>
    <message>
        <source>give the output collected on the backend itself (--evidence KIND=FILE, --local, --ssh or a bundle), or ignore this if the backend is behind NAT</source>
        <translation>请提供在后端服务器本身采集的输出（--evidence KIND=FILE、--local、--ssh 或采集包）；如果后端位于 NAT 之后，可忽略此提示</translation>
    </message>
    <message>
        <source>paste the output from the backend itself, or ignore this if the backend is behind NAT</source>
        <translation>请粘贴后端服务器本身的输出；如果后端位于 NAT 之后，可忽略此提示</translation>
    </message>
    <message>
        <source>This output seems to come from another host: it names %1 and never %2; %3</source>
        <translation>这份输出似乎来自另一台主机：其中出现了 %1，却从未出现 %2；%3</translation>
    </message>
    <message>
        <source>This output seems to come from another host: it names host %1 and never %2; %3</source>
        <translation>这份输出似乎来自另一台主机：其中出现的主机名是 %1，而不是 %2；%3</translation>
    </message>
</context>
<context>
    <name>PacketDecoder</name>
    <message>
        <source>loopback</source>
        <translation>环回接口</translation>
    </message>
    <message>
        <source>Ethernet</source>
        <translation>以太网</translation>
    </message>
    <message>
        <source>raw IP</source>
        <translation>原始 IP</translation>
    </message>
    <message>
        <source>Linux cooked (SLL)</source>
        <translation>Linux cooked（SLL）</translation>
    </message>
    <message>
        <source>Linux cooked (SLL2)</source>
        <translation>Linux cooked（SLL2）</translation>
    </message>
    <message>
        <source>link type %1</source>
        <translation>链路类型 %1</translation>
    </message>
</context>
<context>
    <name>PasteBox</name>
    <message>
        <source>[%1 MB pasted. All of it is analyzed; only the beginning is shown.]
[Delete or Backspace clears it.]</source>
        <translation>[已粘贴 %1 MB。全部内容都会被分析；这里只显示开头部分。]
[按 Delete 或 Backspace 清除。]</translation>
    </message>
</context>
<context>
    <name>PasteRequest</name>
    <message>
        <source>offline mode sends no probes</source>
        <translation>离线模式不发送探测</translation>
    </message>
    <message>
        <source>not checked by LB Doctor, decide it in the console: %1</source>
        <translation>LB Doctor 不检查此项，请在控制台中确认：%1</translation>
    </message>
    <message>
        <source>this step is answered from the provider&apos;s console</source>
        <translation>此步骤需在云厂商控制台中确认</translation>
    </message>
    <message>
        <source>run `%1` on the backend and paste the output</source>
        <translation>请在后端服务器上运行 `%1` 并粘贴输出</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  （%2）</translation>
    </message>
    <message>
        <source>needs output from the %1: paste it</source>
        <translation>需要来自%1的输出：请粘贴</translation>
    </message>
    <message>
        <source>cloud console or CLI</source>
        <translation>云控制台或 CLI</translation>
    </message>
    <message>
        <source>backend server</source>
        <translation>后端服务器</translation>
    </message>
    <message>
        <source>run `%1` on the backend and give the output with --evidence %2=FILE (or use --local, --ssh or a bundle)</source>
        <translation>请在后端服务器上运行 `%1`，并通过 --evidence %2=FILE 提供输出（或使用 --local、--ssh 或采集包）</translation>
    </message>
    <message>
        <source>needs output from the %1: give it with --evidence %2=FILE</source>
        <translation>需要来自%1的输出：请通过 --evidence %2=FILE 提供</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>PDF report</source>
        <translation>PDF 报告</translation>
    </message>
</context>
<context>
    <name>PortSet</name>
    <message>
        <source>&quot;%1&quot; is not a port or port range</source>
        <translation>“%1”不是端口或端口范围</translation>
    </message>
    <message>
        <source>no port given</source>
        <translation>未指定端口</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>not a valid JSON object</source>
        <translation>不是有效的 JSON 对象</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>第 %1 字节处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>顶层必须是 JSON 对象</translation>
    </message>
    <message>
        <source>version %1 is newer than this LB Doctor reads (1): update LB Doctor</source>
        <translation>版本 %1 比此 LB Doctor 能读取的版本（1）新：请更新 LB Doctor</translation>
    </message>
    <message>
        <source>must be lower-case letters, digits, - or _, got &quot;%1&quot;</source>
        <translation>只能包含小写字母、数字、- 或 _，实际为“%1”</translation>
    </message>
    <message>
        <source>must be a non-empty array</source>
        <translation>必须是非空数组</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice</source>
        <translation>“%1”被使用了两次</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>must be a string or an object of languages</source>
        <translation>必须是字符串，或以语言为键的对象</translation>
    </message>
    <message>
        <source>needs an &quot;en&quot; text (English is the source language)</source>
        <translation>需要“en”文本（英文是源语言）</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>必须是字符串数组</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>必须是 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>is empty: list the CIDRs or set cidrFromUser</source>
        <translation>为空：请列出 CIDR，或设置 cidrFromUser</translation>
    </message>
    <message>
        <source>must list HEAD and/or GET, got &quot;%1&quot;</source>
        <translation>只能列出 HEAD 和/或 GET，实际为“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not among methods</source>
        <translation>“%1”不在 methods 中</translation>
    </message>
    <message>
        <source>must be &quot;1.0&quot; or &quot;1.1&quot;, got &quot;%1&quot;</source>
        <translation>必须是“1.0”或“1.1”，实际为“%1”</translation>
    </message>
    <message>
        <source>must be ip, ip:port or none</source>
        <translation>必须是 ip、ip:port 或 none</translation>
    </message>
    <message>
        <source>unknown step &quot;%1&quot;</source>
        <translation>未知步骤“%1”</translation>
    </message>
    <message>
        <source>unknown step; known steps: %1</source>
        <translation>未知步骤；已知步骤：%1</translation>
    </message>
    <message>
        <source>must be linux, cmd or powershell</source>
        <translation>必须是 linux、cmd 或 powershell</translation>
    </message>
    <message>
        <source>must be initial, healthy or unhealthy</source>
        <translation>必须是 initial、healthy 或 unhealthy</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: %2 bytes is too large for a profile (limit 4 MiB)</source>
        <translation>%1：%2 字节对配置文件来说太大（上限 4 MiB）</translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <source>Provider</source>
        <translation>云厂商</translation>
    </message>
    <message>
        <source>Choose the cloud provider and the type of load balancer. LB Doctor then checks the backend exactly as that load balancer&apos;s health check does.</source>
        <translation>选择云厂商和负载均衡类型。LB Doctor 随后会完全按照该负载均衡的健康检查方式检查后端服务器。</translation>
    </message>
    <message>
        <source>Load balancer type</source>
        <translation>负载均衡类型</translation>
    </message>
    <message>
        <source>About this load balancer type</source>
        <translation>关于此负载均衡类型</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>云厂商(&amp;P)：</translation>
    </message>
    <message>
        <source>Load balancer &amp;type:</source>
        <translation>负载均衡类型(&amp;T)：</translation>
    </message>
    <message>
        <source>What this load balancer&apos;s health check does</source>
        <translation>此负载均衡的健康检查方式</translation>
    </message>
    <message>
        <source>Comes from:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>HTTP(S) check:</source>
        <translation>HTTP(S) 检查：</translation>
    </message>
    <message>
        <source>Healthy codes:</source>
        <translation>健康状态码：</translation>
    </message>
    <message>
        <source>Timing:</source>
        <translation>时间参数：</translation>
    </message>
    <message>
        <source>TCP check:</source>
        <translation>TCP 检查：</translation>
    </message>
    <message>
        <source>UDP check:</source>
        <translation>UDP 检查：</translation>
    </message>
    <message>
        <source>Your load balancer&apos;s health check</source>
        <translation>您的负载均衡的健康检查</translation>
    </message>
    <message>
        <source>Health-check source addresses</source>
        <translation>健康检查源地址</translation>
    </message>
    <message>
        <source>e.g. 100.64.0.0/10, 10.0.0.0/8 (empty: enter them on the next page)</source>
        <translation>例如 100.64.0.0/10, 10.0.0.0/8（留空：在下一页输入）</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>HTTP 方法</translation>
    </message>
    <message>
        <source>HTTP version</source>
        <translation>HTTP 版本</translation>
    </message>
    <message>
        <source>Healthy status codes</source>
        <translation>健康状态码</translation>
    </message>
    <message>
        <source>e.g. 2xx,3xx or 200,202 or 200-399</source>
        <translation>例如 2xx,3xx 或 200,202 或 200-399</translation>
    </message>
    <message>
        <source>Check interval in seconds</source>
        <translation>检查间隔（秒）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Check timeout in seconds</source>
        <translation>检查超时时间（秒）</translation>
    </message>
    <message>
        <source>Healthy threshold</source>
        <translation>健康阈值</translation>
    </message>
    <message>
        <source>Unhealthy threshold</source>
        <translation>不健康阈值</translation>
    </message>
    <message>
        <source>Problem with these values</source>
        <translation>这些值有问题</translation>
    </message>
    <message>
        <source>Source &amp;addresses:</source>
        <translation>源地址(&amp;A)：</translation>
    </message>
    <message>
        <source>HTTP &amp;method:</source>
        <translation>HTTP 方法(&amp;M)：</translation>
    </message>
    <message>
        <source>HTTP &amp;version:</source>
        <translation>HTTP 版本(&amp;V)：</translation>
    </message>
    <message>
        <source>Healthy &amp;codes:</source>
        <translation>健康状态码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>间隔(&amp;I)：</translation>
    </message>
    <message>
        <source>Time&amp;out:</source>
        <translation>超时(&amp;O)：</translation>
    </message>
    <message>
        <source>Healthy after (successes):</source>
        <translation>连续成功几次判为健康：</translation>
    </message>
    <message>
        <source>Unhealthy after (failures):</source>
        <translation>连续失败几次判为不健康：</translation>
    </message>
    <message>
        <source>no fixed addresses: you enter %1 on the next page</source>
        <translation>没有固定地址：请在下一页输入%1</translation>
    </message>
    <message>
        <source>%1 request, HTTP/%2</source>
        <translation>%1 请求，HTTP/%2</translation>
    </message>
    <message>
        <source>Without a domain the Host header is the backend IP.</source>
        <translation>未设置域名时，Host 头为后端服务器 IP。</translation>
    </message>
    <message>
        <source>Without a domain the Host header is the backend IP and port.</source>
        <translation>未设置域名时，Host 头为后端服务器 IP 和端口。</translation>
    </message>
    <message>
        <source>Without a domain no Host header is sent.</source>
        <translation>未设置域名时，不发送 Host 头。</translation>
    </message>
    <message>
        <source> (the console can also accept %1)</source>
        <translation>（控制台也可以接受 %1）</translation>
    </message>
    <message>
        <source>a check every %1 s with a %2 s timeout; healthy after %3 successes, unhealthy after %4 failures</source>
        <translation>每 %1 秒检查一次，超时 %2 秒；连续成功 %3 次判为健康，连续失败 %4 次判为不健康</translation>
    </message>
    <message>
        <source>The check starts with an ICMP echo (ping): the backend must answer it.</source>
        <translation>检查首先发送 ICMP echo（ping）：后端服务器必须响应。</translation>
    </message>
    <message>
        <source>Source addresses: %1</source>
        <translation>源地址：%1</translation>
    </message>
    <message>
        <source>Healthy codes: %1</source>
        <translation>健康状态码：%1</translation>
    </message>
    <message>
        <source> (selectable in the console: %1)</source>
        <translation>（控制台中可选：%1）</translation>
    </message>
</context>
<context>
    <name>RangeVerdicts</name>
    <message>
        <source>no rule decided these addresses</source>
        <translation>没有规则对这些地址作出判定</translation>
    </message>
    <message>
        <source>%1 blocks all of %2 (%3)</source>
        <translation>%1 拦截了 %2 的全部地址（%3）</translation>
    </message>
    <message>
        <source>%1 blocks %2 of %3 (%4)</source>
        <translation>%1 拦截了 %3 中的 %2（%4）</translation>
    </message>
    <message>
        <source>unknown, because %1 has rules LB Doctor cannot decide for %2 (%3)</source>
        <translation>未知，因为 %1 中有 LB Doctor 无法对 %2 作出判定的规则（%3）</translation>
    </message>
    <message>
        <source>%1 allows all of %2</source>
        <translation>%1 允许 %2 的全部地址</translation>
    </message>
</context>
<context>
    <name>ReplyPackets</name>
    <message>
        <source>the UDP reply (or the ICMP port unreachable of a closed port) and the ICMP echo reply</source>
        <translation>UDP 回包（端口未监听时为 ICMP 端口不可达）和 ICMP 回显应答</translation>
    </message>
    <message>
        <source>the SYN-ACK and the response data</source>
        <translation>SYN-ACK 和响应数据</translation>
    </message>
    <message>
        <source>the SYN-ACK</source>
        <translation>SYN-ACK</translation>
    </message>
</context>
<context>
    <name>ReportContent</name>
    <message>
        <source>Tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Report created</source>
        <translation>报告生成时间</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>检查时间</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Health-check source CIDRs</source>
        <translation>健康检查源 CIDR</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>监听</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>后端服务器</translation>
    </message>
    <message>
        <source>Port / health-check port</source>
        <translation>端口 / 健康检查端口</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>网卡</translation>
    </message>
    <message>
        <source>Health-check request</source>
        <translation>健康检查请求</translation>
    </message>
    <message>
        <source>Domain (Host header)</source>
        <translation>域名（Host 头）</translation>
    </message>
    <message>
        <source>none: %1</source>
        <translation>无：%1</translation>
    </message>
    <message>
        <source>Healthy status codes</source>
        <translation>健康状态码</translation>
    </message>
    <message>
        <source> (set for this check)</source>
        <translation>（为本次检查设置）</translation>
    </message>
    <message>
        <source> (provider default)</source>
        <translation>（云厂商默认值）</translation>
    </message>
    <message>
        <source>Run mode</source>
        <translation>运行模式</translation>
    </message>
    <message>
        <source>LB Doctor report: %1 port %2 (%3)</source>
        <translation>LB Doctor 报告：%1 端口 %2（%3）</translation>
    </message>
    <message>
        <source>Nothing failed: the backend answers the health check as the load balancer sends it.</source>
        <translation>没有失败项：后端服务器能正确应答负载均衡发出的健康检查。</translation>
    </message>
    <message>
        <source>Nothing failed, but the check that decides health did not pass either: run it, or add the missing evidence.</source>
        <translation>没有失败项，但决定健康与否的检查也没有通过：请运行该检查，或补充缺少的证据。</translation>
    </message>
    <message>
        <source>At least one step failed: the load balancer&apos;s health check cannot succeed until it is fixed.</source>
        <translation>至少有一个步骤失败：修复之前，负载均衡的健康检查不会成功。</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Written by LB Doctor %1. The JSON report and the session file (.lbdoctor.json) hold every step&apos;s complete raw output.</source>
        <translation>由 LB Doctor %1 生成。JSON 报告和会话文件（.lbdoctor.json）包含每个步骤完整的原始输出。</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>Not shown: the %1 of raw output would make this report too large to send; the JSON report and the session file hold it.</source>
        <translation>未显示：%1 的原始输出会使此报告太大而不便发送；JSON 报告和会话文件中保存了它。</translation>
    </message>
    <message>
        <source>Cut: the first %1 of %2 are shown here; the JSON report and the session file hold the complete output.</source>
        <translation>已截断：此处只显示 %2 中的前 %1；JSON 报告和会话文件中保存了完整输出。</translation>
    </message>
    <message>
        <source>likely clears once the root cause is fixed: check again before changing anything here</source>
        <translation>根本原因修复后很可能随之消失：修改这里之前请重新检查</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>probe from a desktop (backend steps from pasted output)</source>
        <translation>在桌面上探测（后端步骤依据粘贴的输出）</translation>
    </message>
    <message>
        <source>collect on the backend server itself</source>
        <translation>在后端服务器本机上收集</translation>
    </message>
    <message>
        <source>offline (pasted output only)</source>
        <translation>离线（只分析粘贴的输出）</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>结论：%1</translation>
    </message>
    <message>
        <source>Verdict: %1 as far as checked</source>
        <translation>结论：%1（就已检查的部分而言）</translation>
    </message>
    <message>
        <source>Not verified (%1): the verdict does not rest on these steps</source>
        <translation>未验证（%1）：结论并不依据这些步骤</translation>
    </message>
    <message>
        <source>probe from this machine (backend steps from evidence files)</source>
        <translation>从本机探测（后端步骤依据证据文件）</translation>
    </message>
    <message>
        <source>offline (evidence files only)</source>
        <translation>离线（只分析证据文件）</translation>
    </message>
</context>
<context>
    <name>ReportFile</name>
    <message>
        <source>cannot write &quot;%1&quot;: the report format is chosen by the extension, one of %2</source>
        <translation>无法写入“%1”：报告格式由扩展名决定，可选 %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>RoutesAnalyzer</name>
    <message>
        <source>the routing table (ip route, route -n or route print)</source>
        <translation>路由表（ip route、route -n 或 route print）</translation>
    </message>
    <message>
        <source>unknown, because the text is not a routing table (ip route, route -n or route print)</source>
        <translation>未知，因为文本不是路由表（ip route、route -n 或 route print）</translation>
    </message>
    <message>
        <source>%1 holds the backend address %2</source>
        <translation>%1 上配置了后端地址 %2</translation>
    </message>
    <message>
        <source>%1 is the primary NIC given for this check</source>
        <translation>%1 是为本次检查指定的主网卡</translation>
    </message>
    <message>
        <source>taken from the default route</source>
        <translation>取自默认路由</translation>
    </message>
    <message>
        <source>primary NIC: %1 (%2)</source>
        <translation>主网卡：%1（%2）</translation>
    </message>
    <message>
        <source>the default route is a %1 route: replies are discarded</source>
        <translation>默认路由是 %1 路由：回包会被丢弃</translation>
    </message>
    <message>
        <source>the default route has no gateway (%1): in a VPC it should point to the subnet gateway</source>
        <translation>默认路由没有网关（%1）：在 VPC 中它应当指向子网网关</translation>
    </message>
    <message>
        <source>the default gateway %1 is not on a connected subnet of %2: the route cannot work</source>
        <translation>默认网关 %1 不在 %2 的直连子网上：该路由无法工作</translation>
    </message>
    <message>
        <source>the default route leaves through %1, not the primary NIC %2: replies to the health check take another path</source>
        <translation>默认路由经由 %1 发出，而不是主网卡 %2：健康检查的回包走了另一条路径</translation>
    </message>
    <message>
        <source>%1 default routes; the one with the lowest metric wins</source>
        <translation>有 %1 条默认路由；metric 最小的生效</translation>
    </message>
    <message>
        <source>replies to %1 of the health-check range are discarded (%2)</source>
        <translation>发往健康检查地址范围中 %1 的回包被丢弃（%2）</translation>
    </message>
    <message>
        <source>replies to %1 of the health-check range leave through %2, not the primary NIC %3 (%4): an asymmetric return path</source>
        <translation>发往健康检查地址范围中 %1 的回包经由 %2 发出，而不是主网卡 %3（%4）：回程路径不对称</translation>
    </message>
    <message>
        <source>%1 of the health-check range returns through %2 (%3)</source>
        <translation>健康检查地址范围中的 %1 经由 %2 返回（%3）</translation>
    </message>
    <message>
        <source>no route at all for %1 of the health-check range</source>
        <translation>健康检查地址范围中的 %1 完全没有路由</translation>
    </message>
    <message>
        <source>there is no default route: replies to health-check addresses outside the local subnets have no way back</source>
        <translation>没有默认路由：发往本地子网之外健康检查地址的回包无路可回</translation>
    </message>
    <message>
        <source>routing tables besides main: %1 (policy routing: check `ip rule` if health checks arrive on another NIC)</source>
        <translation>main 之外的路由表：%1（策略路由：如果健康检查从另一块网卡进入，请检查 `ip rule`）</translation>
    </message>
    <message>
        <source>%1 NICs with connected subnets (%2): with strict rp_filter, checks arriving on the other NIC are dropped (see the kernel settings step)</source>
        <translation>有 %1 块网卡带有直连子网（%2）：在严格模式的 rp_filter 下，从另一块网卡进入的健康检查会被丢弃（见内核参数步骤）</translation>
    </message>
    <message>
        <source>the default route points to %1 on %2, a gateway on a connected subnet; health-check replies leave the way they came</source>
        <translation>默认路由指向 %2 上的 %1，这是直连子网上的网关；健康检查回包按原路返回</translation>
    </message>
    <message>
        <source>no default route, but routes on the primary NIC cover the whole health-check range</source>
        <translation>没有默认路由，但主网卡上的路由覆盖了整个健康检查地址范围</translation>
    </message>
    <message>
        <source>the interface with the backend address</source>
        <translation>配置了后端地址的网卡</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>unknown, because the step did not finish within %1 ms</source>
        <translation>未知，因为该步骤未在 %1 毫秒内完成</translation>
    </message>
    <message>
        <source>unknown, because this LB Doctor has no %1 probe yet</source>
        <translation>未知，因为此 LB Doctor 尚无 %1 探测</translation>
    </message>
    <message>
        <source>unknown, because local collection is not built into this LB Doctor yet; paste the output instead</source>
        <translation>未知，因为此 LB Doctor 尚未内置本地收集功能；请改为粘贴输出</translation>
    </message>
</context>
<context>
    <name>SecurityGroupAnalyzer</name>
    <message>
        <source>the network ACL</source>
        <translation>网络ACL</translation>
    </message>
    <message>
        <source>network ACL %1</source>
        <translation>网络ACL %1</translation>
    </message>
    <message>
        <source>the security group</source>
        <translation>安全组</translation>
    </message>
    <message>
        <source>security group %1</source>
        <translation>安全组 %1</translation>
    </message>
    <message>
        <source>%1 is disabled</source>
        <translation>%1 已禁用</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 allows %3; LB Doctor cannot tell whether the health-check addresses belong to it</source>
        <translation>%1：%2 允许 %3；LB Doctor 无法判断健康检查地址是否属于其中</translation>
    </message>
    <message>
        <source>%1: no rule allows it (a network ACL denies by default)</source>
        <translation>%1：没有规则放行（网络ACL 默认拒绝）</translation>
    </message>
    <message>
        <source>%1: no rule allows it (inbound traffic is denied by default)</source>
        <translation>%1：没有规则放行（入方向流量默认拒绝）</translation>
    </message>
    <message>
        <source>security group or network ACL rules (provider CLI JSON)</source>
        <translation>安全组或网络ACL 规则（云厂商 CLI 导出的 JSON）</translation>
    </message>
    <message>
        <source>unknown, because the security-group export is empty; export the inbound rules as JSON with the provider&apos;s CLI</source>
        <translation>未知，因为导出的安全组规则为空；请用云厂商的 CLI 将入方向规则导出为 JSON</translation>
    </message>
    <message>
        <source>unknown, because %1</source>
        <translation>未知，因为%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n inbound rule(s)</source>
        <translation>
            <numerusform>%1（%2）：%n 条入方向规则</numerusform>
        </translation>
    </message>
    <message>
        <source>the security group and network ACL</source>
        <translation>安全组和网络ACL</translation>
    </message>
    <message>
        <source>UDP listener: the health check pings first, and ICMP from the health-check CIDR is not allowed</source>
        <translation>UDP 监听：健康检查会先 ping，但来自健康检查 CIDR 的 ICMP 未被放行</translation>
    </message>
    <message>
        <source>UDP listener: the health check pings first; ICMP from the health-check CIDR is allowed</source>
        <translation>UDP 监听：健康检查会先 ping；来自健康检查 CIDR 的 ICMP 已放行</translation>
    </message>
    <message>
        <source>Add an inbound rule that allows the listener protocol on the health-check port from the health-check CIDR, with a higher priority (smaller number) than any deny rule that covers it.</source>
        <translation>添加一条入方向规则，放行来自健康检查 CIDR、访问健康检查端口的监听协议流量，其优先级要高于（数字更小）覆盖它的任何拒绝规则。</translation>
    </message>
    <message>
        <source>For a UDP listener allow ICMP from the health-check CIDR too: the check pings first.</source>
        <translation>对于 UDP 监听，还需放行来自健康检查 CIDR 的 ICMP：健康检查会先 ping。</translation>
    </message>
    <message>
        <source>A deny rule with priority 1 covers the health-check CIDR; a deny wins over an allow of the same priority, so remove that rule or narrow its source.</source>
        <translation>一条优先级为 1 的拒绝规则覆盖了健康检查 CIDR；优先级相同时拒绝优先于允许，因此请删除该规则或缩小其源地址范围。</translation>
    </message>
    <message>
        <source>%1 blocks it too: in the console open Virtual Private Cloud &gt; Access Control &gt; Network ACLs, select the ACL, and under Inbound Rules add an Allow rule for the health-check CIDR and port above any Deny rule that covers it.</source>
        <translation>%1 也拦截了它：在控制台中打开 虚拟私有云 &gt; 访问控制 &gt; 网络ACL，选择该 ACL，在“入方向规则”下为健康检查 CIDR 和端口添加一条允许规则，并放在覆盖它的任何拒绝规则之前。</translation>
    </message>
    <message>
        <source>the ICMP echo reply</source>
        <translation>ICMP 回显应答</translation>
    </message>
    <message>
        <source>the UDP reply</source>
        <translation>UDP 回包</translation>
    </message>
    <message>
        <source>%1: %2, for the reply (%3)</source>
        <translation>%1：%2，作用于回包（%3）</translation>
    </message>
    <message>
        <source>it covers only part of the ports %1-%2 the health checker may send from</source>
        <translation>它只覆盖健康检查发起方可能使用的源端口 %1-%2 中的一部分</translation>
    </message>
    <message>
        <source>%1: no outbound rule allows the reply (%2) to the health-check CIDR; the ACL is stateless, so replies need an outbound rule, and it denies by default (%3)</source>
        <translation>%1：没有出方向规则放行发往健康检查网段的回包（%2）；该 ACL 是无状态的，回包需要出方向规则，而它默认拒绝（%3）</translation>
    </message>
    <message>
        <source>%1 is stateless, so %2 needs an outbound rule: allow %3 to the health-check CIDR on destination ports %4, above any outbound deny rule that covers it.</source>
        <translation>%1 是无状态的，因此%2需要出方向规则：在所有覆盖它的出方向拒绝规则之前，放行发往健康检查网段、目的端口为 %4 的 %3。</translation>
    </message>
    <message>
        <source>Outbound rule 1 is taken: renumber the outbound rules first.</source>
        <translation>出方向规则编号 1 已被占用：请先为出方向规则重新编号。</translation>
    </message>
    <message>
        <source>In the console open Virtual Private Cloud &gt; Network ACLs, select the ACL, and under Outbound Rules add the rule above the first deny rule.</source>
        <translation>在控制台打开“专有网络 &gt; 网络ACL”，选择该 ACL，在“出方向规则”中把这条规则添加到第一条拒绝规则之前。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is stateless (%2): the replies of the check (%3) must pass its %n outbound rule(s) too</source>
        <translation>
            <numerusform>%1 是无状态的（%2）：健康检查的回包（%3）也必须通过它的 %n 条出方向规则</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is stateful (%2): the replies of an allowed check leave without an outbound rule</source>
        <translation>%1 是有状态的（%2）：被放行的健康检查的回包无需出方向规则即可发出</translation>
    </message>
    <message>
        <source>%1, outbound</source>
        <translation>%1（出方向）</translation>
    </message>
    <message>
        <source>%1 is stateless, so %2 needs an outbound rule: allow ICMP echo reply (type 0) to the health-check CIDR, above any outbound deny rule that covers it.</source>
        <translation>%1 是无状态的，因此%2需要出方向规则：在所有覆盖它的出方向拒绝规则之前，放行发往健康检查网段的 ICMP 回显应答（类型 0）。</translation>
    </message>
</context>
<context>
    <name>SecurityGroupPaste</name>
    <message>
        <source>security group %1</source>
        <translation>安全组 %1</translation>
    </message>
    <message>
        <source>prefix list %1</source>
        <translation>前缀列表 %1</translation>
    </message>
    <message>
        <source>rule %1 (Priority %2, %3 %4 %5 from %6)</source>
        <translation>规则 %1（优先级 %2，%3 %4 %5，来自 %6）</translation>
    </message>
    <message>
        <source>address template %1</source>
        <translation>参数模板（IP 地址）%1</translation>
    </message>
    <message>
        <source>protocol/port template %1</source>
        <translation>参数模板（协议端口）%1</translation>
    </message>
    <message>
        <source>policy %1 (%2 %3 %4 from %5)</source>
        <translation>策略 %1（%2 %3 %4，来自 %5）</translation>
    </message>
    <message>
        <source>IP address group %1</source>
        <translation>IP 地址组 %1</translation>
    </message>
    <message>
        <source>rule %1 (priority %2, %3 %4 %5 from %6)</source>
        <translation>规则 %1（优先级 %2，%3 %4 %5，来自 %6）</translation>
    </message>
    <message>
        <source>network ACL rule %1 (%2 %3 %4 from %5)</source>
        <translation>网络ACL 规则 %1（%2 %3 %4，来自 %5）</translation>
    </message>
    <message>
        <source>the text is not JSON (%1 at offset %2); export the rules with the provider&apos;s CLI, which prints JSON</source>
        <translation>文本不是 JSON（偏移 %2 处：%1）；请用云厂商的 CLI 导出规则，它输出的是 JSON</translation>
    </message>
    <message>
        <source>document %1 is not valid JSON (%2); it may be truncated</source>
        <translation>文档 %1 不是有效的 JSON（%2）；可能被截断了</translation>
    </message>
    <message>
        <source>document %1: not a security group or network ACL LB Doctor knows (expected Alibaba Permissions, Tencent SecurityGroupPolicySet, Huawei security_group_rules or firewall)</source>
        <translation>文档 %1：不是 LB Doctor 认识的安全组或网络ACL（预期为阿里云 Permissions、腾讯云 SecurityGroupPolicySet、华为云 security_group_rules 或 firewall）</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>文本为空</translation>
    </message>
    <message>
        <source>inbound rule %1 (%2 %3 %4 from %5)</source>
        <translation>入方向规则 %1（%2 %3 %4，来自 %5）</translation>
    </message>
    <message>
        <source>outbound rule %1 (%2 %3 %4 to %5)</source>
        <translation>出方向规则 %1（%2 %3 %4，发往 %5）</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>the session uses profile &quot;%1&quot;, which is not installed</source>
        <translation>会话使用的配置文件“%1”未安装</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; has no variant &quot;%2&quot;</source>
        <translation>配置文件“%1”没有类型“%2”</translation>
    </message>
    <message>
        <source>target: %1</source>
        <translation>目标：%1</translation>
    </message>
    <message>
        <source>findings[%1]: %2</source>
        <translation>findings[%1]：%2</translation>
    </message>
    <message>
        <source>evidence for an unknown step &quot;%1&quot;</source>
        <translation>证据属于未知步骤“%1”</translation>
    </message>
    <message>
        <source>evidence for &quot;%1&quot; refers to a finding that is not in the file</source>
        <translation>“%1”的证据引用了文件中不存在的检查结果</translation>
    </message>
    <message>
        <source>&quot;schema&quot; must be a positive whole number</source>
        <translation>“schema”必须是正整数</translation>
    </message>
    <message>
        <source>the session was saved by a newer LB Doctor (schema %1; this version reads up to %2): update LB Doctor to open it</source>
        <translation>该会话由更新版本的 LB Doctor 保存（schema %1；此版本最多读取到 %2）：请更新 LB Doctor 后再打开</translation>
    </message>
    <message>
        <source>the session names no profile (&quot;profile&quot;: {&quot;id&quot;: ...})</source>
        <translation>会话没有指定配置文件（&quot;profile&quot;: {&quot;id&quot;: ...}）</translation>
    </message>
    <message>
        <source>&quot;findings&quot; must be a list</source>
        <translation>“findings”必须是列表</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>证据：%1</translation>
    </message>
    <message>
        <source>the custom health-check values are damaged: %1</source>
        <translation>自定义健康检查参数已损坏：%1</translation>
    </message>
    <message>
        <source>the embedded capture file is damaged</source>
        <translation>嵌入的抓包文件已损坏</translation>
    </message>
    <message>
        <source>cannot write the embedded capture file to a temporary file: %1</source>
        <translation>无法把嵌入的抓包文件写入临时文件：%1</translation>
    </message>
    <message>
        <source>the provider&apos;s troubleshooting procedure</source>
        <translation>云厂商的排查文档</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>cannot save the session to %1: %2</source>
        <translation>无法将会话保存到 %1：%2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the file is damaged: %1 at byte %2</source>
        <translation>文件已损坏：第 %2 字节处 %1</translation>
    </message>
    <message>
        <source>the file is not an LB Doctor session (no JSON object)</source>
        <translation>该文件不是 LB Doctor 会话（没有 JSON 对象）</translation>
    </message>
    <message>
        <source>the file is not an LB Doctor session (&quot;tool&quot; is not lbdoctor)</source>
        <translation>该文件不是 LB Doctor 会话（“tool”不是 lbdoctor）</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>cannot open %1: %2 MB is too large for a session</source>
        <translation>无法打开 %1：%2 MB 对会话来说太大</translation>
    </message>
    <message>
        <source>this is a server group&apos;s session (%1 backends): open it in the wizard</source>
        <translation>这是服务器组的会话（%1 台后端服务器）：请在向导中打开</translation>
    </message>
</context>
<context>
    <name>SocketsAnalyzer</name>
    <message>
        <source>listening sockets (ss, netstat or Get-NetTCPConnection)</source>
        <translation>监听套接字（ss、netstat 或 Get-NetTCPConnection）</translation>
    </message>
    <message>
        <source>unknown, because the text is not ss, netstat or Get-NetTCPConnection output</source>
        <translation>未知，因为文本不是 ss、netstat 或 Get-NetTCPConnection 的输出</translation>
    </message>
    <message>
        <source>nothing listens on %1 port %2: start the service, check its logs</source>
        <translation>没有进程监听 %1 端口 %2：请启动服务并查看其日志</translation>
    </message>
    <message>
        <source>%1 listens on %2 port %3, but the health check uses %4</source>
        <translation>%1 监听的是 %2 端口 %3，但健康检查使用 %4</translation>
    </message>
    <message>
        <source>the output has no header, so it was probably filtered (grep, findstr): no line for port %1 means nothing listens there</source>
        <translation>输出没有表头，可能经过了过滤（grep、findstr）：没有端口 %1 的行表示没有进程在该端口监听</translation>
    </message>
    <message>
        <source>Start the service that should answer on %1 port %2, check its logs for why it stopped or failed to bind, and make it start at boot.</source>
        <translation>启动应当在 %1 端口 %2 上应答的服务，查看其日志了解它停止或绑定失败的原因，并设置为开机自启动。</translation>
    </message>
    <message>
        <source>%1 is bound to interface %2: it answers only on that interface</source>
        <translation>%1 绑定在网卡 %2 上：只在该网卡上应答</translation>
    </message>
    <message>
        <source>the process is not shown: run the command with sudo to see which program listens</source>
        <translation>未显示进程：用 sudo 运行该命令才能看到是哪个程序在监听</translation>
    </message>
    <message>
        <source>%1 listens on %2 %3</source>
        <translation>%1 在 %2 %3 上监听</translation>
    </message>
    <message>
        <source>only an IPv6 wildcard socket: IPv4 health checks reach it unless net.ipv6.bindv6only = 1 or the program sets IPV6_V6ONLY</source>
        <translation>只有一个 IPv6 通配套接字：IPv4 健康检查能到达它，除非 net.ipv6.bindv6only = 1 或程序设置了 IPV6_V6ONLY</translation>
    </message>
    <message>
        <source>%1 listens on loopback only (%2): the load balancer cannot reach it; bind it to 0.0.0.0 or the private IP</source>
        <translation>%1 只在回环地址上监听（%2）：负载均衡访问不到它；请绑定到 0.0.0.0 或私网 IP</translation>
    </message>
    <message>
        <source>%1 listens only on %2: this works only if %3 is the backend&apos;s private IP; 0.0.0.0 always works</source>
        <translation>%1 只在 %2 上监听：只有当 %3 是后端服务器的私网 IP 时才可行；0.0.0.0 总是可行</translation>
    </message>
    <message>
        <source>%1 listens only on %2, not on the backend IP %3 or 0.0.0.0: bind it to 0.0.0.0 or %3</source>
        <translation>%1 只在 %2 上监听，没有在后端 IP %3 或 0.0.0.0 上监听：请绑定到 0.0.0.0 或 %3</translation>
    </message>
    <message>
        <source>Change the service&apos;s listen address (for example nginx `listen 80;`, Apache `Listen 80`, a Java or Node server&apos;s bind/host setting) to 0.0.0.0 or the backend&apos;s private IP, then restart it.</source>
        <translation>将服务的监听地址（例如 nginx 的 `listen 80;`、Apache 的 `Listen 80`、Java 或 Node 服务的 bind/host 设置）改为 0.0.0.0 或后端服务器的私网 IP，然后重启服务。</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1（pid %2）</translation>
    </message>
    <message>
        <source>pid %1</source>
        <translation>pid %1</translation>
    </message>
    <message>
        <source>a process</source>
        <translation>某个进程</translation>
    </message>
    <message>
        <source>these ports do listen: %1; if the service runs on one of them, set the listener&apos;s backend or health-check port to it</source>
        <translation>这些端口有进程在监听：%1；如果服务运行在其中某个端口上，请把监听器的后端端口或健康检查端口设为该端口</translation>
    </message>
</context>
<context>
    <name>SshCollector</name>
    <message>
        <source>--ssh needs [USER@]HOST[:PORT], got nothing</source>
        <translation>--ssh 需要 [USER@]HOST[:PORT]，但未提供</translation>
    </message>
    <message>
        <source>--ssh: &quot;%1&quot; is not a user name</source>
        <translation>--ssh：“%1”不是用户名</translation>
    </message>
    <message>
        <source>--ssh: &quot;%1&quot; opens [ without closing it; write an IPv6 address with a port as [::1]:22</source>
        <translation>--ssh：“%1”中的 [ 没有闭合；带端口的 IPv6 地址请写成 [::1]:22</translation>
    </message>
    <message>
        <source>--ssh: unexpected &quot;%1&quot; after the address</source>
        <translation>--ssh：地址后出现了多余的“%1”</translation>
    </message>
    <message>
        <source>--ssh: &quot;%1&quot; is not a host name or address</source>
        <translation>--ssh：“%1”不是主机名或地址</translation>
    </message>
    <message>
        <source>--ssh: port must be 1-65535, got &quot;%1&quot;</source>
        <translation>--ssh：端口必须在 1-65535 之间，实际为“%1”</translation>
    </message>
    <message>
        <source>--ssh-option takes KEY=VALUE (an ssh_config option such as IdentityFile=~/.ssh/id_ed25519), got &quot;%1&quot;</source>
        <translation>--ssh-option 接受 KEY=VALUE（ssh_config 中的选项，例如 IdentityFile=~/.ssh/id_ed25519），实际为“%1”</translation>
    </message>
    <message>
        <source>the OpenSSH client `ssh` is not installed on this machine: install it (Debian, Ubuntu: openssh-client; Windows 10 and later: the &quot;OpenSSH Client&quot; optional feature)</source>
        <translation>本机未安装 OpenSSH 客户端 `ssh`：请安装（Debian、Ubuntu：openssh-client；Windows 10 及以后：“OpenSSH 客户端”可选功能）</translation>
    </message>
    <message>
        <source>collection over ssh from %1 was cancelled</source>
        <translation>通过 ssh 从 %1 采集已取消</translation>
    </message>
    <message>
        <source>collection over ssh from %1 stopped after %2 s: the server accepted the login but the bundle did not finish in time (%3 bytes received)</source>
        <translation>通过 ssh 从 %1 采集在 %2 秒后停止：服务器接受了登录，但采集包未能按时完成（已收到 %3 字节）</translation>
    </message>
    <message>
        <source>collection over ssh from %1 stopped after %2 s: no session was established (%3)</source>
        <translation>通过 ssh 从 %1 采集在 %2 秒后停止：未能建立会话（%3）</translation>
    </message>
    <message>
        <source>ssh stopped: the host key of %1 has CHANGED since it was recorded (it is now %2). Someone may be intercepting the connection, or the server was reinstalled. Ask the server&apos;s administrator; only if the change is expected, remove the old key with `%3` and accept the new one by connecting once with `%4`</source>
        <translation>ssh 已停止：%1 的主机密钥与记录的不同，已经改变（现在是 %2）。可能有人在拦截连接，也可能服务器重装过。请询问服务器管理员；只有在确认这一变化属于预期时，才用 `%3` 删除旧密钥，并用 `%4` 连接一次以接受新密钥</translation>
    </message>
    <message>
        <source>not shown by ssh</source>
        <translation>ssh 未显示</translation>
    </message>
    <message>
        <source>ssh stopped: the host key of %1 is not known yet. The server presents %2. Compare it with the server&apos;s own (on the server: `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub`), then accept it by connecting once with `%3` and answering yes, and run LB Doctor again</source>
        <translation>ssh 已停止：%1 的主机密钥尚未被信任。服务器出示的是 %2。请与服务器自身的密钥核对（在服务器上运行：`ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub`），然后用 `%3` 连接一次并回答 yes 以接受它，再重新运行 LB Doctor</translation>
    </message>
    <message>
        <source>a key ssh did not show</source>
        <translation>一个 ssh 未显示的密钥</translation>
    </message>
    <message>
        <source>ssh could not log in to %1: permission denied (the server accepts: %2). Check the user name and the key (--ssh-option IdentityFile=PATH, or add the key to ssh-agent); the command line never asks for a password</source>
        <translation>ssh 无法登录 %1：permission denied，权限被拒绝（服务器接受的方式：%2）。请检查用户名和密钥（--ssh-option IdentityFile=PATH，或将密钥加入 ssh-agent）；命令行从不询问密码</translation>
    </message>
    <message>
        <source>ssh could not reach %1: %2</source>
        <translation>ssh 无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>ssh could not log in to %1: permission denied (the server accepts: %2). The password or passphrase given was not accepted, or the user name is wrong: try again</source>
        <translation>ssh 无法登录 %1：权限被拒绝（服务器接受：%2）。输入的密码或密钥口令未被接受，或用户名有误：请重试</translation>
    </message>
</context>
<context>
    <name>SshDialog</name>
    <message>
        <source>Collect over SSH</source>
        <translation>通过 SSH 采集</translation>
    </message>
    <message>
        <source>LB Doctor runs its read-only collection script on the backend over one SSH connection, with your ssh, its configuration, agent and keys. ssh checks the server&apos;s host key as always.</source>
        <translation>LB Doctor 通过一条 SSH 连接在后端服务器上运行只读的采集脚本，使用您的 ssh 及其配置、agent 和密钥。ssh 照常校验服务器的主机密钥。</translation>
    </message>
    <message>
        <source>Linux (sh)</source>
        <translation>Linux（sh）</translation>
    </message>
    <message>
        <source>Windows (PowerShell over OpenSSH)</source>
        <translation>Windows（通过 OpenSSH 运行 PowerShell）</translation>
    </message>
    <message>
        <source>&amp;Collect</source>
        <translation>采集(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Accept this host key</source>
        <translation>接受此主机密钥(&amp;A)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Server ([user@]host[:port]):</source>
        <translation>服务器(&amp;S)（[user@]host[:port]）：</translation>
    </message>
    <message>
        <source>ssh &amp;options (KEY=VALUE, one a line):</source>
        <translation>ssh 选项(&amp;O)（KEY=VALUE，每行一个）：</translation>
    </message>
    <message>
        <source>Its &amp;system:</source>
        <translation>其系统(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Accept %1</source>
        <translation>接受 %1(&amp;A)</translation>
    </message>
    <message>
        <source>Collecting from %1...</source>
        <translation>正在从 %1 采集...</translation>
    </message>
    <message>
        <source>%1 answered over ssh, but not with the bundle&apos;s output: check that the account&apos;s shell runs `sh -s` (a forced command or a menu replaces it), or choose Windows for a Windows server</source>
        <translation>%1 通过 ssh 做出了应答，但不是采集包的输出：请检查该账号的 shell 是否会运行 `sh -s`（强制命令或菜单会替代它），Windows 服务器请选择 Windows</translation>
    </message>
    <message>
        <source>%1 of %2 backend steps analyzed from %3.</source>
        <translation>已根据 %3 分析了 %2 个后端步骤中的 %1 个。</translation>
    </message>
    <message>
        <source>Keys and ssh-agent (no prompt)</source>
        <translation>密钥和 ssh-agent（不提示）</translation>
    </message>
    <message>
        <source>Password or key passphrase (asked here, never stored)</source>
        <translation>密码或密钥口令（在此询问，从不保存）</translation>
    </message>
    <message numerus="yes">
        <source>Include a %n-second packet capture of the health checks (tcpdump, needs root)</source>
        <translation>
            <numerusform>包含 %n 秒的健康检查抓包（tcpdump，需要 root）</numerusform>
        </translation>
    </message>
    <message>
        <source>Password for ssh</source>
        <translation>ssh 密码</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Sign &amp;in with:</source>
        <translation>登录方式(&amp;I)：</translation>
    </message>
    <message>
        <source>ssh asked &quot;%1&quot;; LB Doctor answers no: host keys are accepted only through the fingerprint shown here</source>
        <translation>ssh 询问“%1”；LB Doctor 回答否：主机密钥只能通过此处显示的指纹接受</translation>
    </message>
    <message>
        <source>ssh asks for a password or passphrase: type it and press Send. It is passed to ssh once and not kept.</source>
        <translation>ssh 需要密码或密钥口令：输入后按“发送”。它只传给 ssh 一次，不会保留。</translation>
    </message>
    <message>
        <source>Signing in...</source>
        <translation>正在登录……</translation>
    </message>
    <message>
        <source>Stopped: nothing was collected.</source>
        <translation>已停止：未采集任何内容。</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>PASS</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>NOT RUN</source>
        <translation>未运行</translation>
    </message>
</context>
<context>
    <name>StatusCodeSet</name>
    <message>
        <source>expected status codes are empty; use e.g. 2xx,3xx or 200,202 or 200-399</source>
        <translation>预期状态码为空；请使用例如 2xx,3xx 或 200,202 或 200-399</translation>
    </message>
    <message>
        <source>status code range %1 ends before it starts</source>
        <translation>状态码范围 %1 的结束值小于起始值</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status code (100-599), a class like 2xx, or a range like 200-399</source>
        <translation>“%1”不是状态码（100-599）、形如 2xx 的类别，也不是形如 200-399 的范围</translation>
    </message>
</context>
<context>
    <name>StatusIcons</name>
    <message>
        <source>RUNNING</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>NOT RUN</source>
        <translation>未运行</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Security group and network ACL allow the health check</source>
        <translation>安全组和网络ACL 放行健康检查</translation>
    </message>
    <message>
        <source>Host firewall allows the health-check addresses</source>
        <translation>主机防火墙放行健康检查地址</translation>
    </message>
    <message>
        <source>A process listens on the port at a reachable address</source>
        <translation>有进程在可访问的地址上监听该端口</translation>
    </message>
    <message>
        <source>TCP connection to the health-check port</source>
        <translation>与健康检查端口建立 TCP 连接</translation>
    </message>
    <message>
        <source>HTTP request as the load balancer sends it</source>
        <translation>按负载均衡的方式发送 HTTP 请求</translation>
    </message>
    <message>
        <source>UDP datagram to the health-check port</source>
        <translation>向健康检查端口发送 UDP 报文</translation>
    </message>
    <message>
        <source>ICMP echo (ping) to the backend</source>
        <translation>向后端服务器发送 ICMP echo（ping）</translation>
    </message>
    <message>
        <source>TCP wrappers (/etc/hosts.allow, /etc/hosts.deny)</source>
        <translation>TCP wrappers（/etc/hosts.allow、/etc/hosts.deny）</translation>
    </message>
    <message>
        <source>Default route and return path</source>
        <translation>默认路由和回程路径</translation>
    </message>
    <message>
        <source>Kernel settings (tcp_tw_recycle, ICMP, rp_filter)</source>
        <translation>内核参数（tcp_tw_recycle、ICMP、rp_filter）</translation>
    </message>
    <message>
        <source>Server load and memory</source>
        <translation>服务器负载和内存</translation>
    </message>
    <message>
        <source>Backend public bandwidth (account type)</source>
        <translation>后端公网带宽（账号类型）</translation>
    </message>
    <message>
        <source>Packet capture: did the health checks arrive, and what was answered</source>
        <translation>抓包：健康检查是否到达，得到了什么应答</translation>
    </message>
    <message>
        <source>The load balancer&apos;s health-check settings</source>
        <translation>负载均衡的健康检查设置</translation>
    </message>
    <message>
        <source>The load balancer&apos;s view of the backend</source>
        <translation>负载均衡对该后端的视角</translation>
    </message>
    <message>
        <source>Health checks over time, with the load balancer&apos;s thresholds</source>
        <translation>按负载均衡的阈值持续观察健康检查</translation>
    </message>
</context>
<context>
    <name>StepDetail</name>
    <message>
        <source>Linux (sh, bash)</source>
        <translation>Linux（sh、bash）</translation>
    </message>
    <message>
        <source>Windows PowerShell</source>
        <translation>Windows PowerShell</translation>
    </message>
    <message>
        <source>Windows cmd</source>
        <translation>Windows cmd</translation>
    </message>
    <message>
        <source>Step status</source>
        <translation>步骤状态</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Step details</source>
        <translation>步骤详情</translation>
    </message>
    <message>
        <source>What this checks</source>
        <translation>检查内容</translation>
    </message>
    <message>
        <source>Search the raw output</source>
        <translation>搜索原始输出</translation>
    </message>
    <message>
        <source>Find next match</source>
        <translation>查找下一个匹配项</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Raw output</source>
        <translation>原始输出</translation>
    </message>
    <message>
        <source>&amp;Paste output</source>
        <translation>粘贴输出(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Fix it</source>
        <translation>修复(&amp;F)</translation>
    </message>
    <message>
        <source>Select a step to see what it checks and how to fix it.</source>
        <translation>选择一个步骤，查看它检查什么以及如何修复。</translation>
    </message>
    <message>
        <source>Why it fails</source>
        <translation>失败原因</translation>
    </message>
    <message>
        <source>LB Doctor sends it from this machine, as the load balancer does.</source>
        <translation>LB Doctor 像负载均衡一样从本机发送。</translation>
    </message>
    <message>
        <source>LB Doctor reads it on this machine with a read-only command.</source>
        <translation>LB Doctor 用只读命令在本机读取。</translation>
    </message>
    <message>
        <source>Not run in this mode.</source>
        <translation>此模式下不运行。</translation>
    </message>
    <message>
        <source>From output you paste: %1.</source>
        <translation>来自您粘贴的输出：%1。</translation>
    </message>
    <message>
        <source>How LB Doctor gets the evidence</source>
        <translation>LB Doctor 如何获取证据</translation>
    </message>
    <message>
        <source>No raw output yet: run the step or paste its output.</source>
        <translation>还没有原始输出：请运行该步骤或粘贴其输出。</translation>
    </message>
    <message>
        <source>[... %1 more characters not shown here; the report and the saved session keep all of it]</source>
        <translation>[……还有 %1 个字符未在此显示；报告和已保存的会话中保留了全部内容]</translation>
    </message>
    <message>
        <source>wrapped around</source>
        <translation>已从头开始查找</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Nothing to fix: this step passed.</source>
        <translation>无需修复：此步骤已通过。</translation>
    </message>
    <message>
        <source>Run these commands, in this order:</source>
        <translation>按顺序运行以下命令：</translation>
    </message>
    <message>
        <source>If it fails, on %1:</source>
        <translation>如果失败，在 %1 上：</translation>
    </message>
    <message>
        <source>No fix advice for this step yet.</source>
        <translation>此步骤暂无修复建议。</translation>
    </message>
    <message>
        <source>Fix it</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>Fin&amp;d next</source>
        <translation>查找下一个(&amp;D)</translation>
    </message>
    <message>
        <source>What this &amp;checks</source>
        <translation>检查内容(&amp;C)</translation>
    </message>
    <message>
        <source>R&amp;aw output</source>
        <translation>原始输出(&amp;A)</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>StepsPage</name>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Run all steps, or one at a time. Select a step to see what it checks, its raw output and how to fix it.</source>
        <translation>运行所有步骤，或逐个运行。选择一个步骤，查看它检查什么、它的原始输出以及如何修复。</translation>
    </message>
    <message>
        <source>What is being checked</source>
        <translation>正在检查的内容</translation>
    </message>
    <message>
        <source>&amp;Run all</source>
        <translation>全部运行(&amp;R)</translation>
    </message>
    <message>
        <source>Run all steps</source>
        <translation>运行所有步骤</translation>
    </message>
    <message>
        <source>Run the selected step</source>
        <translation>运行选中的步骤</translation>
    </message>
    <message>
        <source>Stop every running step</source>
        <translation>停止所有正在运行的步骤</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>已用时间</translation>
    </message>
    <message>
        <source>running...</source>
        <translation>运行中...</translation>
    </message>
    <message>
        <source>stopped before it finished</source>
        <translation>在完成前被停止</translation>
    </message>
    <message>
        <source>output pasted; press Analyze or Run all</source>
        <translation>已粘贴输出；请点击“分析”或“全部运行”</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>尚未运行</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1：%2，%3</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Probing from this desktop; steps on the server need pasted output.</source>
        <translation>从这台电脑进行探测；服务器上的步骤需要粘贴输出。</translation>
    </message>
    <message>
        <source>Collecting on this machine (the backend) and probing it.</source>
        <translation>在本机（后端服务器）上收集并进行探测。</translation>
    </message>
    <message>
        <source>Offline: every step needs pasted output.</source>
        <translation>离线：所有步骤都需要粘贴输出。</translation>
    </message>
    <message>
        <source>%1 health check of %2, as %3 sends it. %4</source>
        <translation>按 %3 的方式对 %2 进行 %1 健康检查。%4</translation>
    </message>
    <message>
        <source>needs output pasted from the %1</source>
        <translation>需要粘贴来自%1的输出</translation>
    </message>
    <message>
        <source>cloud console</source>
        <translation>云控制台</translation>
    </message>
    <message>
        <source>server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>not run in this mode</source>
        <translation>此模式下不运行</translation>
    </message>
    <message>
        <source>Collect &amp;everything at once...</source>
        <translation>一次性采集全部证据(&amp;E)...</translation>
    </message>
    <message>
        <source>One script for the customer, one paste back: every backend-side step analyzed from it</source>
        <translation>客户只需运行一个脚本、粘贴一次结果：据此分析后端服务器侧的每个步骤</translation>
    </message>
    <message>
        <source>Collect over &amp;SSH...</source>
        <translation>通过 &amp;SSH 采集...</translation>
    </message>
    <message>
        <source>&amp;Watch...</source>
        <translation>持续观察(&amp;W)...</translation>
    </message>
    <message>
        <source>Watch the health check over time with the load balancer&apos;s thresholds</source>
        <translation>按负载均衡的阈值持续观察健康检查</translation>
    </message>
    <message>
        <source>This is the output of the collection bundle, not of one command: it is analyzed here, for every step at once.</source>
        <translation>这是采集包的输出，而不是单个命令的输出：在这里一次性分析所有步骤。</translation>
    </message>
    <message>
        <source>Run this s&amp;tep</source>
        <translation>运行此步骤(&amp;T)</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>停止(&amp;O)</translation>
    </message>
    <message>
        <source>%1 of %2 steps checked</source>
        <translation>已检查 %1/%2 个步骤</translation>
    </message>
    <message>
        <source>%1 of %2 steps checked, %3 %4</source>
        <translation>已检查 %1/%2 个步骤，%3 个%4</translation>
    </message>
</context>
<context>
    <name>StrongestFinding</name>
    <message>
        <source>also read %1 (%2): %3: %4</source>
        <translation>还读取了 %1（%2）：%3：%4</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>The answer, the fixes in the order to apply them, and a report for the customer.</source>
        <translation>结论、按顺序应用的修复方法，以及给客户的报告。</translation>
    </message>
    <message>
        <source>Verdict symbol</source>
        <translation>结论图标</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Every step&apos;s result</source>
        <translation>每个步骤的结果</translation>
    </message>
    <message>
        <source>&amp;Export report...</source>
        <translation>导出报告(&amp;E)...</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Sa&amp;ve session...</source>
        <translation>保存会话(&amp;V)...</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <source>Export formats</source>
        <translation>导出格式</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <source>Export report (no report writer in this build)</source>
        <translation>导出报告（此构建中没有报告生成器）</translation>
    </message>
    <message>
        <source>Report formats in this build: %1. Not yet available: %2.</source>
        <translation>此构建支持的报告格式：%1。尚不支持：%2。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fix it, in this order&lt;/b&gt;</source>
        <translation>&lt;b&gt;按以下顺序修复&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Every step&lt;/b&gt;</source>
        <translation>&lt;b&gt;所有步骤&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1: the backend answers the health check as the load balancer expects.</source>
        <translation>%1：后端服务器按负载均衡的预期应答了健康检查。</translation>
    </message>
    <message>
        <source>%1: the load balancer&apos;s health check fails.</source>
        <translation>%1：负载均衡的健康检查失败。</translation>
    </message>
    <message>
        <source>%1: the steps that ran do not show whether the health check passes.</source>
        <translation>%1：已运行的步骤无法说明健康检查是否通过。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Root cause: %1&lt;/b&gt;&lt;br&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;根本原因：%1&lt;/b&gt;&lt;br&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This also explains: %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;这也解释了：%1。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Not checked, and could be behind it: %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;尚未检查、但可能是原因的项：%1。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Run the steps that were skipped or unknown (paste their output on the Steps page) to reach an answer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;请运行被跳过或结果未知的步骤（在“步骤”页粘贴它们的输出），以得出结论。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2（%3）</translation>
    </message>
    <message>
        <source>Nothing to fix</source>
        <translation>无需修复</translation>
    </message>
    <message>
        <source>Nothing to fix: no step failed or warned.</source>
        <translation>无需修复：没有步骤失败或发出警告。</translation>
    </message>
    <message>
        <source>No step failed or warned; nothing to fix among the steps that ran.</source>
        <translation>没有步骤失败或发出警告；已运行的步骤中没有需要修复的。</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>报告未写入：%1</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <source>LB Doctor sessions (*%1)</source>
        <translation>LB Doctor 会话 (*%1)</translation>
    </message>
    <message>
        <source>Session saved to %1</source>
        <translation>会话已保存到 %1</translation>
    </message>
    <message>
        <source>The session was not saved: %1</source>
        <translation>会话未保存：%1</translation>
    </message>
    <message>
        <source>Fixes in order</source>
        <translation>按顺序修复</translation>
    </message>
    <message>
        <source>What the verdict rests on</source>
        <translation>结论的依据</translation>
    </message>
    <message>
        <source>&lt;p&gt;It rests on: %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;依据：%1。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Not verified (%1):&lt;/b&gt; %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;未验证（%1）：&lt;/b&gt;%2。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not run, so not verified</source>
        <translation>未运行，因此未验证</translation>
    </message>
    <message>
        <source>Unsaved diagnosis</source>
        <translation>诊断未保存</translation>
    </message>
    <message>
        <source>This diagnosis was neither saved nor exported. Save the session before closing?</source>
        <translation>此诊断既未保存也未导出。关闭前要保存会话吗？</translation>
    </message>
    <message>
        <source>Close &amp;without saving</source>
        <translation>不保存并关闭(&amp;W)</translation>
    </message>
</context>
<context>
    <name>SysctlAnalyzer</name>
    <message>
        <source>kernel settings (sysctl output)</source>
        <translation>内核参数（sysctl 输出）</translation>
    </message>
    <message>
        <source>unknown, because the output has none of the keys LB Doctor checks (tcp_tw_recycle, tcp_timestamps, icmp_echo_ignore_all, icmp_ratelimit, rp_filter)</source>
        <translation>未知，因为输出中没有 LB Doctor 检查的任何参数（tcp_tw_recycle、tcp_timestamps、icmp_echo_ignore_all、icmp_ratelimit、rp_filter）</translation>
    </message>
    <message>
        <source>unknown, because the text is not sysctl output (key = value lines)</source>
        <translation>未知，因为文本不是 sysctl 的输出（key = value 行）</translation>
    </message>
    <message>
        <source>tcp_tw_recycle = 0</source>
        <translation>tcp_tw_recycle = 0</translation>
    </message>
    <message>
        <source>tcp_tw_recycle = %1 with tcp_timestamps = %2: the kernel drops SYNs from health-check nodes whose timestamps go backwards (they share addresses); disable tcp_tw_recycle</source>
        <translation>tcp_tw_recycle = %1 且 tcp_timestamps = %2：内核会丢弃来自时间戳回退的健康检查节点的 SYN（这些节点共用地址）；请关闭 tcp_tw_recycle</translation>
    </message>
    <message>
        <source>1 (default)</source>
        <translation>1（默认）</translation>
    </message>
    <message>
        <source>tcp_tw_recycle = %1 (harmless while tcp_timestamps = 0, but it breaks health checks as soon as timestamps are on): disable it</source>
        <translation>tcp_tw_recycle = %1（在 tcp_timestamps = 0 时无害，但一旦开启时间戳就会破坏健康检查）：请关闭它</translation>
    </message>
    <message>
        <source>tcp_tw_recycle does not exist on this kernel (removed in Linux 4.12), so it cannot break health checks</source>
        <translation>此内核没有 tcp_tw_recycle（Linux 4.12 已移除），因此它不会破坏健康检查</translation>
    </message>
    <message>
        <source>tcp_tw_recycle is not in the output: run `sysctl net.ipv4.tcp_tw_recycle net.ipv4.tcp_tw_reuse`</source>
        <translation>输出中没有 tcp_tw_recycle：请运行 `sysctl net.ipv4.tcp_tw_recycle net.ipv4.tcp_tw_reuse`</translation>
    </message>
    <message>
        <source>icmp_echo_ignore_all = %1: the server ignores ping, and UDP health checks start with a ping</source>
        <translation>icmp_echo_ignore_all = %1：服务器忽略 ping，而 UDP 健康检查首先发送 ping</translation>
    </message>
    <message>
        <source>icmp_echo_ignore_all = %1: ping gets no answer (TCP and HTTP checks do not need it)</source>
        <translation>icmp_echo_ignore_all = %1：ping 得不到应答（TCP 和 HTTP 检查不需要 ping）</translation>
    </message>
    <message>
        <source>icmp_echo_ignore_all = 0: ping is answered</source>
        <translation>icmp_echo_ignore_all = 0：ping 会得到应答</translation>
    </message>
    <message>
        <source>icmp_echo_ignore_all is not in the output; UDP health checks need ping answered</source>
        <translation>输出中没有 icmp_echo_ignore_all；UDP 健康检查需要 ping 得到应答</translation>
    </message>
    <message>
        <source>note: icmp_ratelimit = %1 ms limits ICMP replies, including &quot;port unreachable&quot;; with many checks a closed UDP port can look silent rather than closed</source>
        <translation>注意：icmp_ratelimit = %1 毫秒会限制 ICMP 回复，包括“端口不可达”；健康检查频繁时，关闭的 UDP 端口可能看起来是没有应答，而不是关闭</translation>
    </message>
    <message>
        <source>strict rp_filter (1) on %1 with %2 NICs: a health check that arrives on a NIC other than the route back to its source is dropped; use 2 (loose) on the NIC the load balancer uses</source>
        <translation>%1 上是严格模式的 rp_filter（1），且有 %2 块网卡：健康检查如果从回程路由之外的网卡进入就会被丢弃；请在负载均衡使用的网卡上设为 2（宽松模式）</translation>
    </message>
    <message>
        <source>rp_filter: %1 NIC(s) (%2), %3</source>
        <translation>rp_filter：%1 块网卡（%2），%3</translation>
    </message>
    <message>
        <source>not strict</source>
        <translation>非严格模式</translation>
    </message>
    <message>
        <source>strict, fine with one NIC</source>
        <translation>严格模式，单网卡时没有问题</translation>
    </message>
    <message>
        <source>no kernel setting breaks health checks: %1</source>
        <translation>没有会破坏健康检查的内核参数：%1</translation>
    </message>
    <message>
        <source>unknown, because %1</source>
        <translation>未知，因为%1</translation>
    </message>
    <message>
        <source>Answer ping again: set net.ipv4.icmp_echo_ignore_all = 0 and persist it in /etc/sysctl.conf.</source>
        <translation>恢复响应 ping：设置 net.ipv4.icmp_echo_ignore_all = 0，并在 /etc/sysctl.conf 中持久化。</translation>
    </message>
    <message>
        <source>Use loose reverse-path filtering (rp_filter = 2) on the NICs health checks arrive on, and persist it in /etc/sysctl.conf.</source>
        <translation>在健康检查进入的网卡上使用宽松的反向路径过滤（rp_filter = 2），并在 /etc/sysctl.conf 中持久化。</translation>
    </message>
</context>
<context>
    <name>TargetList</name>
    <message>
        <source> (check port %1)</source>
        <translation>（健康检查端口 %1）</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>expected ip,port[,check_port][,name], got &quot;%1&quot;</source>
        <translation>应为 ip,port[,check_port][,name]，实际为“%1”</translation>
    </message>
    <message>
        <source>%1 fields; a row is ip,port[,check_port][,name]</source>
        <translation>有 %1 个字段；每行应为 ip,port[,check_port][,name]</translation>
    </message>
    <message>
        <source>the IP address is empty</source>
        <translation>IP 地址为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address (a group takes IPv4 or IPv6 literals)</source>
        <translation>“%1”不是 IP 地址（服务器组只接受 IPv4 或 IPv6 地址）</translation>
    </message>
    <message>
        <source>the name contains a control character</source>
        <translation>名称包含控制字符</translation>
    </message>
    <message>
        <source>%1 is already on line %2; checked once</source>
        <translation>%1 已在第 %2 行出现；只检查一次</translation>
    </message>
    <message>
        <source>a group holds at most %1 backends: this row and the %2 after it are not checked</source>
        <translation>一个服务器组最多包含 %1 台后端服务器：本行及其后的 %2 行不做检查</translation>
    </message>
</context>
<context>
    <name>TargetOptions</name>
    <message>
        <source>--profile is required; one of: %1</source>
        <translation>必须指定 --profile；可选：%1</translation>
    </message>
    <message>
        <source>unknown profile &quot;%1&quot;; one of: %2</source>
        <translation>未知配置文件“%1”；可选：%2</translation>
    </message>
    <message>
        <source>profile %1 has no variant &quot;%2&quot;; one of: %3</source>
        <translation>配置文件 %1 没有类型“%2”；可选：%3</translation>
    </message>
    <message>
        <source>%1 (%2) has no fixed health-check addresses: pass --source-cidr (%3)</source>
        <translation>%1（%2）没有固定的健康检查地址：请传入 --source-cidr（%3）</translation>
    </message>
    <message>
        <source>--timeout must be 1-600000 ms, got %1</source>
        <translation>--timeout 必须在 1-600000 毫秒之间，实际为 %1</translation>
    </message>
    <message>
        <source>Provider profile id (see `profiles`).</source>
        <translation>云厂商配置文件 ID（见 `profiles`）。</translation>
    </message>
    <message>
        <source>Profile variant (default: the first).</source>
        <translation>配置文件中的负载均衡类型（默认：第一个）。</translation>
    </message>
    <message>
        <source>Listener protocol: tcp, udp, http or https.</source>
        <translation>监听协议：tcp、udp、http 或 https。</translation>
    </message>
    <message>
        <source>Backend IP address (or host name, resolved).</source>
        <translation>后端服务器 IP 地址（或主机名，会被解析）。</translation>
    </message>
    <message>
        <source>Backend port, 1-65535.</source>
        <translation>后端端口，1-65535。</translation>
    </message>
    <message>
        <source>Health-check port (default: --port).</source>
        <translation>健康检查端口（默认：--port）。</translation>
    </message>
    <message>
        <source>Health-check domain (Host header, SNI).</source>
        <translation>健康检查域名（Host 头、SNI）。</translation>
    </message>
    <message>
        <source>Health-check path (default /).</source>
        <translation>健康检查路径（默认 /）。</translation>
    </message>
    <message>
        <source>Healthy status codes: 2xx,3xx or 200,202 or 200-399.</source>
        <translation>健康状态码：2xx,3xx 或 200,202 或 200-399。</translation>
    </message>
    <message>
        <source>Health-check source CIDR where the provider has none fixed (backend subnet, VPC CIDR).</source>
        <translation>云厂商没有固定源地址时的健康检查源 CIDR（后端子网、VPC CIDR）。</translation>
    </message>
    <message>
        <source>Interface the health check arrives on (default eth0).</source>
        <translation>健康检查进入的网卡（默认 eth0）。</translation>
    </message>
    <message>
        <source>Probe timeout in ms (default: the profile&apos;s health-check timeout).</source>
        <translation>探测超时时间，单位毫秒（默认：配置文件中的健康检查超时时间）。</translation>
    </message>
</context>
<context>
    <name>TargetPage</name>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Which backend server does the load balancer mark unhealthy, and how is its listener set up? Copy the values from the load balancer&apos;s console.</source>
        <translation>负载均衡将哪台后端服务器标记为不健康？其监听是如何配置的？请从负载均衡控制台复制这些值。</translation>
    </message>
    <message>
        <source>Recent targets</source>
        <translation>最近的目标</translation>
    </message>
    <message>
        <source>Fill in from a target checked before...</source>
        <translation>从以前检查过的目标填入...</translation>
    </message>
    <message>
        <source>Listener protocol</source>
        <translation>监听协议</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>Backend IP</source>
        <translation>后端服务器 IP</translation>
    </message>
    <message>
        <source>e.g. 192.168.0.10 (the server&apos;s private address)</source>
        <translation>例如 192.168.0.10（服务器的私网地址）</translation>
    </message>
    <message>
        <source>Backend port</source>
        <translation>后端端口</translation>
    </message>
    <message>
        <source>e.g. 80</source>
        <translation>例如 80</translation>
    </message>
    <message>
        <source>Health-check port</source>
        <translation>健康检查端口</translation>
    </message>
    <message>
        <source>same as the backend port</source>
        <translation>与后端端口相同</translation>
    </message>
    <message>
        <source>Health-check domain</source>
        <translation>健康检查域名</translation>
    </message>
    <message>
        <source>empty: the provider&apos;s default Host header</source>
        <translation>留空：使用云厂商默认的 Host 头</translation>
    </message>
    <message>
        <source>Health-check path</source>
        <translation>健康检查路径</translation>
    </message>
    <message>
        <source>/</source>
        <translation>/</translation>
    </message>
    <message>
        <source>Healthy status codes</source>
        <translation>健康状态码</translation>
    </message>
    <message>
        <source>e.g. 2xx,3xx</source>
        <translation>例如 2xx,3xx</translation>
    </message>
    <message>
        <source>Health-check source addresses</source>
        <translation>健康检查源地址</translation>
    </message>
    <message>
        <source>Backend network interface</source>
        <translation>后端服务器网卡</translation>
    </message>
    <message>
        <source>eth0</source>
        <translation>eth0</translation>
    </message>
    <message>
        <source>Healthy codes of this provider</source>
        <translation>此云厂商的健康状态码</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>最近(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Listener protocol:</source>
        <translation>监听协议(&amp;L)：</translation>
    </message>
    <message>
        <source>Backend &amp;IP:</source>
        <translation>后端服务器 IP(&amp;I)：</translation>
    </message>
    <message>
        <source>Backend &amp;port:</source>
        <translation>后端端口(&amp;P)：</translation>
    </message>
    <message>
        <source>Health-check p&amp;ort:</source>
        <translation>健康检查端口(&amp;O)：</translation>
    </message>
    <message>
        <source>Health-check &amp;domain:</source>
        <translation>健康检查域名(&amp;D)：</translation>
    </message>
    <message>
        <source>Health-check pa&amp;th:</source>
        <translation>健康检查路径(&amp;T)：</translation>
    </message>
    <message>
        <source>Healthy &amp;codes:</source>
        <translation>健康状态码(&amp;C)：</translation>
    </message>
    <message>
        <source>Health-check &amp;source:</source>
        <translation>健康检查源地址(&amp;S)：</translation>
    </message>
    <message>
        <source>What is needed to continue</source>
        <translation>继续所需的信息</translation>
    </message>
    <message>
        <source>This load balancer treats %1 as healthy; change it if the listener is set up otherwise.</source>
        <translation>此负载均衡将 %1 视为健康；如果监听的配置不同，请修改。</translation>
    </message>
    <message>
        <source>This load balancer treats %1 as healthy by default; its console can also accept %2.</source>
        <translation>此负载均衡默认将 %1 视为健康；其控制台也可以接受 %2。</translation>
    </message>
    <message>
        <source>this load balancer has no fixed health-check addresses: enter %1</source>
        <translation>此负载均衡没有固定的健康检查地址：请输入%1</translation>
    </message>
    <message>
        <source>Ready. Next: choose where LB Doctor runs.</source>
        <translation>准备就绪。下一步：选择 LB Doctor 的运行位置。</translation>
    </message>
    <message>
        <source>Enter the backend IP and port to continue.</source>
        <translation>请输入后端服务器 IP 和端口以继续。</translation>
    </message>
    <message>
        <source>Correct the marked fields to continue.</source>
        <translation>请更正标记的字段以继续。</translation>
    </message>
    <message>
        <source>I&amp;mport from load balancer...</source>
        <translation>从负载均衡导入(&amp;M)...</translation>
    </message>
    <message>
        <source>Fill the fields from the JSON the provider&apos;s CLI or API prints for the listener or its backends.</source>
        <translation>根据云厂商 CLI 或 API 为监听器或其后端输出的 JSON 填写各字段。</translation>
    </message>
    <message>
        <source>What the import filled</source>
        <translation>导入填写了哪些内容</translation>
    </message>
    <message>
        <source>Backends as the load balancer reports them</source>
        <translation>负载均衡报告的后端</translation>
    </message>
    <message>
        <source>Load balancer:</source>
        <translation>负载均衡：</translation>
    </message>
    <message>
        <source>Filled from %1 (%2):</source>
        <translation>填写自 %1（%2）：</translation>
    </message>
    <message>
        <source>%1 = %2 (from %3)</source>
        <translation>%1 = %2（来自 %3）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>enter the group&apos;s backends, one ip,port a line</source>
        <translation>请输入服务器组的后端服务器，每行一个 ip,port</translation>
    </message>
    <message>
        <source>Ready: %1 backends. Next: check them all at once.</source>
        <translation>就绪：%1 台后端服务器。下一步：同时检查全部。</translation>
    </message>
    <message>
        <source>Enter the group&apos;s backends, one ip,port a line, to continue.</source>
        <translation>请输入服务器组的后端服务器（每行一个 ip,port）以继续。</translation>
    </message>
    <message>
        <source>Bac&amp;kends:</source>
        <translation>后端(&amp;K)：</translation>
    </message>
    <message>
        <source>Backend interf&amp;ace (routes):</source>
        <translation>后端网卡（路由）(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>TargetResolver</name>
    <message>
        <source>no backend address was given</source>
        <translation>未提供后端地址</translation>
    </message>
    <message>
        <source>cannot resolve &quot;%1&quot;: %2</source>
        <translation>无法解析“%1”：%2</translation>
    </message>
</context>
<context>
    <name>TargetValidator</name>
    <message>
        <source>domain must not contain %1</source>
        <translation>域名不能包含 %1</translation>
    </message>
    <message>
        <source>domain must not contain spaces: &quot;%1&quot;</source>
        <translation>域名不能包含空格：“%1”</translation>
    </message>
    <message>
        <source>domain is a host name only, without scheme or path: put &quot;/...&quot; in the path field</source>
        <translation>域名只能是主机名，不带协议或路径：请将“/...”填到路径字段</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain name</source>
        <translation>“%1”不是有效的域名</translation>
    </message>
    <message>
        <source>path must not contain %1: they would split the HTTP request</source>
        <translation>路径不能包含 %1：它们会把 HTTP 请求拆开</translation>
    </message>
    <message>
        <source>path must start with &quot;/&quot;, got &quot;%1&quot;</source>
        <translation>路径必须以“/”开头，实际为“%1”</translation>
    </message>
    <message>
        <source>listener must be tcp, udp, http or https, got &quot;%1&quot;</source>
        <translation>监听必须是 tcp、udp、http 或 https，实际为“%1”</translation>
    </message>
    <message>
        <source>backend IP is required</source>
        <translation>后端服务器 IP 为必填项</translation>
    </message>
    <message>
        <source>backend IP is an address, not a URL: put only the address here, the port and path in their own fields</source>
        <translation>后端服务器 IP 是地址而不是 URL：这里只填地址，端口和路径分别填到各自的字段</translation>
    </message>
    <message>
        <source>backend IP is one address, not a range: &quot;%1&quot;</source>
        <translation>后端服务器 IP 是单个地址，不是范围：“%1”</translation>
    </message>
    <message>
        <source>backend IP must not contain spaces or %1</source>
        <translation>后端服务器 IP 不能包含空格或 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an IPv4/IPv6 address nor a host name</source>
        <translation>“%1”既不是 IPv4/IPv6 地址，也不是主机名</translation>
    </message>
    <message>
        <source>health-check source CIDR: %1</source>
        <translation>健康检查源 CIDR：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an interface name (up to 15 letters, digits, . _ - :)</source>
        <translation>“%1”不是网卡名称（最多 15 个字母、数字、. _ - :）</translation>
    </message>
    <message>
        <source>line breaks (CR/LF)</source>
        <translation>换行符（CR/LF）</translation>
    </message>
    <message>
        <source>control characters</source>
        <translation>控制字符</translation>
    </message>
    <message>
        <source>health-check port is required (1-65535)</source>
        <translation>健康检查端口为必填项（1-65535）</translation>
    </message>
    <message>
        <source>port is required (1-65535)</source>
        <translation>端口为必填项（1-65535）</translation>
    </message>
    <message>
        <source>health-check port must be 1-65535, got %1</source>
        <translation>健康检查端口必须在 1-65535 之间，实际为 %1</translation>
    </message>
    <message>
        <source>port must be 1-65535, got %1</source>
        <translation>端口必须在 1-65535 之间，实际为 %1</translation>
    </message>
</context>
<context>
    <name>TcpProbe</name>
    <message>
        <source>the backend name does not resolve: %1</source>
        <translation>无法解析后端服务器名称：%1</translation>
    </message>
    <message>
        <source>a load balancer checks an IP address; enter the backend&apos;s private IP</source>
        <translation>负载均衡检查的是 IP 地址；请输入后端服务器的私网 IP</translation>
    </message>
    <message>
        <source>Check the spelling of the host name and the DNS server of this machine, or enter the IP address.</source>
        <translation>请检查主机名的拼写和本机的 DNS 服务器，或输入 IP 地址。</translation>
    </message>
    <message>
        <source>Trying %1...</source>
        <translation>正在尝试 %1...</translation>
    </message>
    <message>
        <source>%1 accepts TCP connections (connected in %2 ms)</source>
        <translation>%1 接受 TCP 连接（连接耗时 %2 毫秒）</translation>
    </message>
    <message>
        <source>connect time %1 ms</source>
        <translation>连接耗时 %1 毫秒</translation>
    </message>
    <message>
        <source>the load balancer&apos;s TCP check: %1</source>
        <translation>负载均衡的 TCP 检查：%1</translation>
    </message>
    <message>
        <source>%1 accepts TCP connections, but slowly: %2 ms, more than half the health-check timeout (%3 s)</source>
        <translation>%1 接受 TCP 连接，但较慢：%2 毫秒，超过健康检查超时时间（%3 秒）的一半</translation>
    </message>
    <message>
        <source>A slow handshake means an overloaded server or a full accept queue; check the load and the service&apos;s backlog.</source>
        <translation>握手缓慢说明服务器过载或 accept 队列已满；请检查负载和服务的 backlog。</translation>
    </message>
    <message>
        <source>Trying %1...
Connected to %1 in %2 ms.
</source>
        <translation>Trying %1...
Connected to %1 in %2 ms.
</translation>
    </message>
    <message>
        <source>Trying %1...
telnet: Unable to connect to remote host: %2 (after %3 ms)
</source>
        <translation>Trying %1...
telnet: Unable to connect to remote host: %2 (after %3 ms)
</translation>
    </message>
    <message>
        <source>after %1 ms: %2</source>
        <translation>%1 毫秒后：%2</translation>
    </message>
    <message>
        <source>connection refused by %1: nothing listens on the port, or a firewall REJECT rule answers with a reset</source>
        <translation>%1 拒绝连接：没有进程监听该端口，或防火墙的 REJECT 规则回复了 reset</translation>
    </message>
    <message>
        <source>the backend (or a firewall in front of it) answered the SYN with a reset</source>
        <translation>后端服务器（或其前面的防火墙）用 reset 回复了 SYN</translation>
    </message>
    <message>
        <source>Start the service and check that it listens on this port at 0.0.0.0, :: or the private IP (not 127.0.0.1); if it does, look for a REJECT rule for the health-check addresses.</source>
        <translation>启动服务，并检查它是否在 0.0.0.0、:: 或私网 IP（而不是 127.0.0.1）上监听此端口；如果是，请查找针对健康检查地址的 REJECT 规则。</translation>
    </message>
    <message>
        <source>%1 is unreachable: %2 (a router answered that there is no route)</source>
        <translation>%1 不可达：%2（路由器回复没有路由）</translation>
    </message>
    <message>
        <source>an ICMP host or network unreachable reply, or no route on this machine</source>
        <translation>收到 ICMP 主机或网络不可达回复，或本机没有路由</translation>
    </message>
    <message>
        <source>Check the address and the routes between here and the backend; on the backend, check its default route.</source>
        <translation>请检查地址以及本机到后端服务器之间的路由；在后端服务器上检查其默认路由。</translation>
    </message>
    <message>
        <source>unknown, because the connection failed in an unexpected way: %1</source>
        <translation>未知，因为连接以意外的方式失败：%1</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 ms: a firewall or security group drops the packets</source>
        <translation>%1 在 %2 毫秒内没有应答：有防火墙或安全组丢弃了报文</translation>
    </message>
    <message>
        <source>neither SYN-ACK nor reset came back: something silently drops the SYN (or the reply)</source>
        <translation>既没有收到 SYN-ACK 也没有收到 reset：有东西悄悄丢弃了 SYN（或回包）</translation>
    </message>
    <message>
        <source>health-check sources: %1</source>
        <translation>健康检查源地址：%1</translation>
    </message>
    <message>
        <source>Allow the health-check CIDR to port %1/%2 in the security group (and network ACL) and in the host firewall.</source>
        <translation>在安全组（及网络ACL）和主机防火墙中放行健康检查 CIDR 访问端口 %1/%2。</translation>
    </message>
    <message>
        <source>Trying %1...
(no answer after %2 ms)
</source>
        <translation>Trying %1...
（%2 毫秒后仍无应答）
</translation>
    </message>
</context>
<context>
    <name>TcpWrappersAnalyzer</name>
    <message>
        <source>TCP wrappers rules (/etc/hosts.allow, /etc/hosts.deny)</source>
        <translation>TCP wrappers 规则（/etc/hosts.allow、/etc/hosts.deny）</translation>
    </message>
    <message>
        <source>LOCAL matches host names without a dot; a health-check client is known by its address, which has dots</source>
        <translation>LOCAL 匹配不带点的主机名；健康检查客户端以地址标识，而地址带点</translation>
    </message>
    <message>
        <source>%1 depends on reverse DNS for the client</source>
        <translation>%1 依赖客户端的反向 DNS</translation>
    </message>
    <message>
        <source>%1 is a NIS netgroup: LB Doctor cannot see its members</source>
        <translation>%1 是 NIS 网络组：LB Doctor 看不到其成员</translation>
    </message>
    <message>
        <source>%1 names a file of patterns: paste that file too</source>
        <translation>%1 指向一个模式文件：请把该文件也粘贴进来</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 does not match any address (%2)</source>
        <translation>%1 不匹配任何地址（%2）</translation>
    </message>
    <message>
        <source>%1 is a wildcard pattern: LB Doctor does not expand it</source>
        <translation>%1 是通配符模式：LB Doctor 不展开它</translation>
    </message>
    <message>
        <source>%1 needs an ident lookup of the client</source>
        <translation>%1 需要对客户端进行 ident 查询</translation>
    </message>
    <message>
        <source>%1 is a host name or domain: it matches only if reverse DNS of the health-check address gives it</source>
        <translation>%1 是主机名或域名：只有健康检查地址的反向 DNS 解析为它时才匹配</translation>
    </message>
    <message>
        <source>unknown, because the text is not /etc/hosts.allow or /etc/hosts.deny rules</source>
        <translation>未知，因为文本不是 /etc/hosts.allow 或 /etc/hosts.deny 规则</translation>
    </message>
    <message>
        <source>no &quot;==&gt; file &lt;==&quot; headers: the text is read as /etc/hosts.deny</source>
        <translation>没有“==&gt; file &lt;==”标题行：文本按 /etc/hosts.deny 读取</translation>
    </message>
    <message>
        <source>/etc/hosts.allow does not exist (no rules)</source>
        <translation>/etc/hosts.allow 不存在（没有规则）</translation>
    </message>
    <message>
        <source>/etc/hosts.deny does not exist (no rules)</source>
        <translation>/etc/hosts.deny 不存在（没有规则）</translation>
    </message>
    <message>
        <source>ignored, not a rule (tcpd ignores it too): %1</source>
        <translation>已忽略，不是规则（tcpd 也会忽略）：%1</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 第 %2 行：%3</translation>
    </message>
    <message>
        <source>no rule matches: tcpd allows</source>
        <translation>没有匹配的规则：tcpd 允许</translation>
    </message>
    <message>
        <source>TCP wrappers</source>
        <translation>TCP wrappers</translation>
    </message>
    <message>
        <source>rules for %1 apply only to %2</source>
        <translation>针对 %1 的规则只适用于%2</translation>
    </message>
    <message>
        <source>that program</source>
        <translation>该程序</translation>
    </message>
    <message>
        <source>those programs</source>
        <translation>这些程序</translation>
    </message>
    <message>
        <source>no /etc/hosts.allow or /etc/hosts.deny: TCP wrappers allow every client</source>
        <translation>没有 /etc/hosts.allow 或 /etc/hosts.deny：TCP wrappers 允许所有客户端</translation>
    </message>
    <message>
        <source>no TCP wrappers rules: every client is allowed</source>
        <translation>没有 TCP wrappers 规则：允许所有客户端</translation>
    </message>
    <message>
        <source>for a libwrap program the rules would say: %1</source>
        <translation>对于使用 libwrap 的程序，规则的结果是：%1</translation>
    </message>
    <message>
        <source>TCP wrappers do not apply to %1: only programs linked with libwrap (sshd, vsftpd, xinetd services) read /etc/hosts.allow and /etc/hosts.deny</source>
        <translation>TCP wrappers 不适用于 %1：只有链接了 libwrap 的程序（sshd、vsftpd、xinetd 服务）才读取 /etc/hosts.allow 和 /etc/hosts.deny</translation>
    </message>
    <message>
        <source>; this stops the health check only if the program on port %1 is linked with libwrap (sshd, vsftpd, xinetd services); web servers such as nginx and Apache ignore these files</source>
        <translation>；只有当端口 %1 上的程序链接了 libwrap（sshd、vsftpd、xinetd 服务）时，这才会阻止健康检查；nginx、Apache 等 Web 服务器会忽略这些文件</translation>
    </message>
    <message>
        <source>the listening step shows %1 on port %2</source>
        <translation>监听步骤显示端口 %2 上是 %1</translation>
    </message>
    <message>
        <source>unknown, because the text is empty: paste both files with `head -n 1000 /etc/hosts.allow /etc/hosts.deny`</source>
        <translation>未知，因为文本为空：请用 `head -n 1000 /etc/hosts.allow /etc/hosts.deny` 粘贴这两个文件</translation>
    </message>
    <message>
        <source>unknown, because the input is empty: give the output of `head -n 1000 /etc/hosts.allow /etc/hosts.deny` (both files)</source>
        <translation>未知，因为输入为空：请提供 `head -n 1000 /etc/hosts.allow /etc/hosts.deny` 的输出（两个文件）</translation>
    </message>
    <message>
        <source>%1 names a file of patterns: give that file too</source>
        <translation>%1 指向一个模式文件：请把该文件也一并提供</translation>
    </message>
</context>
<context>
    <name>TcpdumpText</name>
    <message>
        <source>line %1 writes its time differently from the lines before it</source>
        <translation>第 %1 行的时间格式与之前的行不同</translation>
    </message>
    <message>
        <source>at line %1 the time goes back from %2 to %3</source>
        <translation>在第 %1 行，时间从 %2 倒退到了 %3</translation>
    </message>
    <message>
        <source>line %1 has an interface column and the lines before it do not</source>
        <translation>第 %1 行有网卡列，而之前的行没有</translation>
    </message>
    <message>
        <source>line %1 has no interface column and the lines before it do</source>
        <translation>第 %1 行没有网卡列，而之前的行有</translation>
    </message>
</context>
<context>
    <name>TerminalText</name>
    <message>
        <source>binary data, %1 bytes, not shown</source>
        <translation>二进制数据，%1 字节，未显示</translation>
    </message>
</context>
<context>
    <name>TextDecode</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; cut it to the relevant part</source>
        <translation>%1 大于 %2 MB；请只保留相关部分</translation>
    </message>
</context>
<context>
    <name>TextFormat</name>
    <message>
        <source>blocked</source>
        <translation>拦截</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>LB Doctor %1: %2 (%3), %4 listener, backend %5, health-check port %6
</source>
        <translation>LB Doctor %1：%2（%3），%4 监听，后端服务器 %5，健康检查端口 %6
</translation>
    </message>
    <message>
        <source>  %1 resolves to %2
</source>
        <translation>  %1 解析为 %2
</translation>
    </message>
    <message>
        <source>  health-check sources %1</source>
        <translation>  健康检查源地址 %1</translation>
    </message>
    <message>
        <source>; %1 %2 HTTP/%3, healthy codes %4</source>
        <translation>；%1 %2 HTTP/%3，健康状态码 %4</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>STEP</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>SUMMARY</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>结论：%1</translation>
    </message>
    <message>
        <source>Root cause (%1): %2</source>
        <translation>根本原因（%1）：%2</translation>
    </message>
    <message>
        <source>Also:</source>
        <translation>另外：</translation>
    </message>
    <message>
        <source>Fix: </source>
        <translation>修复：</translation>
    </message>
    <message>
        <source>
  values not given as options from %1</source>
        <translation>
  未用选项给出的值来自 %1</translation>
    </message>
    <message>
        <source>Verdict: %1 as far as checked</source>
        <translation>结论：%1（就已检查的部分而言）</translation>
    </message>
    <message>
        <source>Rests on: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <source>Not verified (%1): %2</source>
        <translation>未验证（%1）：%2</translation>
    </message>
</context>
<context>
    <name>UdpProbe</name>
    <message>
        <source>the backend name does not resolve: %1</source>
        <translation>无法解析后端服务器名称：%1</translation>
    </message>
    <message>
        <source>sent %1 bytes to %2</source>
        <translation>向 %2 发送了 %1 字节</translation>
    </message>
    <message>
        <source>--- datagram to %1 (%2 bytes, sent %3 times) ---
</source>
        <translation>--- 发往 %1 的报文（%2 字节，发送 %3 次）---
</translation>
    </message>
    <message>
        <source>--- answer after %1 ms (%2 bytes) ---
</source>
        <translation>--- %1 毫秒后收到应答（%2 字节）---
</translation>
    </message>
    <message>
        <source>answer after %1 ms: %2 bytes</source>
        <translation>%1 毫秒后收到应答：%2 字节</translation>
    </message>
    <message>
        <source>%1 answers the UDP datagram (after %2 ms)</source>
        <translation>%1 应答了 UDP 报文（%2 毫秒后）</translation>
    </message>
    <message>
        <source>%1 answers with the expected response &quot;%2&quot; (after %3 ms)</source>
        <translation>%1 返回了预期的应答“%2”（%3 毫秒后）</translation>
    </message>
    <message>
        <source>%1 answers, but without the expected response &quot;%2&quot;</source>
        <translation>%1 有应答，但不是预期的应答“%2”</translation>
    </message>
    <message>
        <source>Make the service answer the health-check request with the configured response, or correct the response in the listener.</source>
        <translation>让服务用配置的应答内容响应健康检查请求，或在监听中更正应答内容。</translation>
    </message>
    <message>
        <source>--- ICMP port unreachable after %1 ms ---
</source>
        <translation>--- %1 毫秒后收到 ICMP 端口不可达 ---
</translation>
    </message>
    <message>
        <source>nothing listens on UDP %1: the backend answered with ICMP port unreachable, which the load balancer counts as unhealthy</source>
        <translation>没有进程监听 UDP %1：后端服务器回复了 ICMP 端口不可达，负载均衡将其视为不健康</translation>
    </message>
    <message>
        <source>ICMP port unreachable after %1 ms</source>
        <translation>%1 毫秒后收到 ICMP 端口不可达</translation>
    </message>
    <message>
        <source>an iptables REJECT rule sends the same reply: check the firewall if the service does run</source>
        <translation>iptables 的 REJECT 规则也会发送同样的回复：如果服务确实在运行，请检查防火墙</translation>
    </message>
    <message>
        <source>Start the UDP service and bind it to 0.0.0.0 or the private IP on port %1.</source>
        <translation>启动 UDP 服务，并将其绑定到 0.0.0.0 或私网 IP 的端口 %1。</translation>
    </message>
    <message>
        <source>--- %1 after %2 ms ---
</source>
        <translation>--- %2 毫秒后：%1 ---
</translation>
    </message>
    <message>
        <source>UDP %1 is unreachable: %2</source>
        <translation>UDP %1 不可达：%2</translation>
    </message>
    <message>
        <source>unknown, because the datagram could not be sent: %1</source>
        <translation>未知，因为无法发送报文：%1</translation>
    </message>
    <message>
        <source>--- no answer within %1 ms ---
</source>
        <translation>--- %1 毫秒内没有应答 ---
</translation>
    </message>
    <message>
        <source>no answer from UDP %1 within %2 ms, but the load balancer expects &quot;%3&quot;</source>
        <translation>UDP %1 在 %2 毫秒内没有应答，但负载均衡期望收到“%3”</translation>
    </message>
    <message>
        <source>Make the service answer the health-check request; if it does, check that the security group and host firewall let UDP %1 through.</source>
        <translation>让服务响应健康检查请求；如果它已经会响应，请检查安全组和主机防火墙是否放行 UDP %1。</translation>
    </message>
    <message>
        <source>no answer from UDP %1 within %2 ms: open (a service that stays silent) or filtered (a firewall that drops)</source>
        <translation>UDP %1 在 %2 毫秒内没有应答：可能是开放的（服务保持沉默），也可能被过滤（防火墙丢弃）</translation>
    </message>
    <message>
        <source>no ICMP port unreachable came back, so either something listens, or a firewall drops the datagram or the ICMP reply</source>
        <translation>没有收到 ICMP 端口不可达，说明要么有进程在监听，要么防火墙丢弃了报文或 ICMP 回复</translation>
    </message>
    <message>
        <source>UDP has no handshake: only the service&apos;s own answer proves it works; the listening step shows whether it runs</source>
        <translation>UDP 没有握手：只有服务自身的应答才能证明它正常；监听步骤会显示它是否在运行</translation>
    </message>
</context>
<context>
    <name>UfwAnalyzer</name>
    <message>
        <source>ufw rules (ufw status verbose)</source>
        <translation>ufw 规则（ufw status verbose）</translation>
    </message>
    <message>
        <source>unknown, because the ufw output is empty; paste the output of ufw status verbose</source>
        <translation>未知，因为 ufw 输出为空；请粘贴 ufw status verbose 的输出</translation>
    </message>
    <message>
        <source>unknown, because this is not ufw status output: %1</source>
        <translation>未知，因为这不是 ufw status 的输出：%1</translation>
    </message>
    <message>
        <source>ufw is inactive, so it blocks nothing; rules loaded directly into iptables or nftables may still block: check iptables-save</source>
        <translation>ufw 未启用，因此它不拦截任何流量；但直接加载到 iptables 或 nftables 的规则仍可能拦截：请检查 iptables-save</translation>
    </message>
    <message>
        <source>/etc/ufw/before.rules: -A ufw-before-input -p icmp --icmp-type echo-request -j ACCEPT (ufw&apos;s default; check that file if it was edited)</source>
        <translation>/etc/ufw/before.rules：-A ufw-before-input -p icmp --icmp-type echo-request -j ACCEPT（ufw 的默认规则；如果该文件被修改过，请检查它）</translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation>规则 %1：%2</translation>
    </message>
    <message>
        <source>default incoming policy: allow</source>
        <translation>默认入站策略：allow</translation>
    </message>
    <message>
        <source>default incoming policy: %1</source>
        <translation>默认入站策略：%1</translation>
    </message>
    <message>
        <source>the default incoming policy is not shown; paste ufw status verbose</source>
        <translation>未显示默认入站策略；请粘贴 ufw status verbose 的输出</translation>
    </message>
    <message>
        <source>Allow the health-check CIDR to the health-check port ahead of the rule that blocks it; ufw saves the rule, so it survives a reboot.</source>
        <translation>在拦截健康检查 CIDR 的规则之前放行它访问健康检查端口；ufw 会保存规则，因此重启后仍然有效。</translation>
    </message>
    <message>
        <source>The first rule that blocks it is rule %1.</source>
        <translation>第一条拦截它的规则是规则 %1。</translation>
    </message>
    <message>
        <source>ufw allows all of %1, but through a LIMIT rule, which drops an address that connects 6 times in 30 seconds: frequent health checks get dropped</source>
        <translation>ufw 允许 %1 的全部地址，但用的是 LIMIT 规则，它会丢弃 30 秒内连接 6 次的地址：频繁的健康检查会被丢弃</translation>
    </message>
    <message>
        <source>Allow the health-check CIDR with a plain allow rule ahead of the LIMIT rule.</source>
        <translation>在 LIMIT 规则之前，用一条普通的 allow 规则放行健康检查 CIDR。</translation>
    </message>
    <message>
        <source>the rule %1 (paste ufw status numbered for its number)</source>
        <translation>规则 %1（其编号请粘贴 ufw status numbered 的输出查看）</translation>
    </message>
    <message>
        <source>(it applies only on %1, and the backend&apos;s interface is not given)</source>
        <translation>（该规则仅作用于 %1，而未提供后端服务器的网卡名）</translation>
    </message>
    <message>
        <source>the default outgoing policy %1 and the outgoing rules</source>
        <translation>默认出站策略 %1 和出站规则</translation>
    </message>
    <message>
        <source>the default outgoing policy %1</source>
        <translation>默认出站策略 %1</translation>
    </message>
    <message>
        <source>the outgoing rules</source>
        <translation>出站规则</translation>
    </message>
    <message>
        <source>The replies (%1) leave: they are ESTABLISHED or RELATED, and /etc/ufw/before.rules accepts those (-A ufw-before-output -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT) ahead of %2; if that file was edited, check iptables-save</source>
        <translation>回包（%1）可以发出：它们处于 ESTABLISHED 或 RELATED 状态，而 /etc/ufw/before.rules 在%2之前就放行了这类报文（-A ufw-before-output -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT）；如果该文件被修改过，请检查 iptables-save</translation>
    </message>
    <message>
        <source>unknown, because the ufw output is empty; give the output of ufw status verbose</source>
        <translation>未知，因为 ufw 输出为空；请提供 ufw status verbose 的输出</translation>
    </message>
    <message>
        <source>the rule %1 (give the output of ufw status numbered for its number)</source>
        <translation>规则 %1（其编号请提供 ufw status numbered 的输出查看）</translation>
    </message>
    <message>
        <source>the default incoming policy is not shown; give the output of ufw status verbose</source>
        <translation>未显示默认入站策略；请提供 ufw status verbose 的输出</translation>
    </message>
</context>
<context>
    <name>UfwStatus</name>
    <message>
        <source>row not understood: %1</source>
        <translation>无法理解的行：%1</translation>
    </message>
    <message>
        <source>there is no &quot;Status:&quot; line; paste the output of ufw status verbose</source>
        <translation>没有“Status:”行；请粘贴 ufw status verbose 的输出</translation>
    </message>
    <message>
        <source>there is no &quot;Status:&quot; line; give the output of ufw status verbose</source>
        <translation>没有“Status:”行；请提供 ufw status verbose 的输出</translation>
    </message>
</context>
<context>
    <name>Watch</name>
    <message>
        <source>initial (no verdict yet)</source>
        <translation>初始（尚无结论）</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>unhealthy</source>
        <translation>不健康</translation>
    </message>
    <message>
        <source>the backend name does not resolve: %1</source>
        <translation>无法解析后端服务器名称：%1</translation>
    </message>
    <message>
        <source>TLS is not available on this machine: Qt found no OpenSSL library (%1)</source>
        <translation>本机无法使用 TLS：Qt 未找到 OpenSSL 库（%1）</translation>
    </message>
    <message>
        <source>this LB Doctor has no %1 probe built in</source>
        <translation>此版本的 LB Doctor 未内置 %1 探测</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>time out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>are refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>are reset mid-answer</source>
        <translation>在应答中途被重置</translation>
    </message>
    <message>
        <source>get an unhealthy status code</source>
        <translation>返回了不健康的状态码</translation>
    </message>
    <message>
        <source>answer after the timeout</source>
        <translation>在超时之后才应答</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>unhealthy after %1 failures in a row, healthy after %2 passes in a row</source>
        <translation>连续失败 %1 次判为不健康，连续成功 %2 次判为健康</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>unknown, because no check finished during the watch</source>
        <translation>未知，因为观察期间没有任何检查完成</translation>
    </message>
    <message>
        <source>%1 checks in %2 every %3, timeout %4; %5 failed (%6 %)</source>
        <translation>%2 内共 %1 次检查，间隔 %3，超时 %4；失败 %5 次（%6 %）</translation>
    </message>
    <message>
        <source>thresholds: %1</source>
        <translation>阈值：%1</translation>
    </message>
    <message>
        <source>a new backend starts %1, as the provider documents</source>
        <translation>按云厂商文档，新加入的后端服务器初始状态为%1</translation>
    </message>
    <message>
        <source>the profile cites no documented initial state; assumed: no verdict until a threshold is reached</source>
        <translation>配置文件未引用有文档依据的初始状态；假定在达到某个阈值之前没有结论</translation>
    </message>
    <message>
        <source>the oldest %1 checks are counted but no longer kept; pattern and latency cover the last %2</source>
        <translation>最早的 %1 次检查已计入总数但不再保留；规律和延迟分析覆盖最近的 %2 次</translation>
    </message>
    <message>
        <source>at %1 the load balancer would mark the backend %2 (was %3)</source>
        <translation>在 %1，负载均衡会将后端服务器标记为%2（之前为%3）</translation>
    </message>
    <message>
        <source>... and %1 more transitions</source>
        <translation>……另有 %1 次状态变化</translation>
    </message>
    <message>
        <source>latency p50 %1, p90 %2, p99 %3, max %4</source>
        <translation>延迟 p50 %1，p90 %2，p99 %3，最大 %4</translation>
    </message>
    <message>
        <source>p99 reaches the %1 timeout: more than one check in a hundred runs out of time</source>
        <translation>p99 达到了 %1 的超时：每一百次检查中超过一次超时</translation>
    </message>
    <message>
        <source>p99 is %1 against a %2 timeout: one slow answer in a hundred fails the check</source>
        <translation>p99 为 %1，超时为 %2：每一百次中就有一次慢应答导致检查失败</translation>
    </message>
    <message>
        <source>slow drift: the median answer time rose from %1 to %2 during the watch</source>
        <translation>缓慢变慢：观察期间应答时间的中位数从 %1 升到了 %2</translation>
    </message>
    <message>
        <source>in bursts every %1</source>
        <translation>每隔 %1 成批出现</translation>
    </message>
    <message>
        <source>in %1 bursts, up to %2 in a row</source>
        <translation>分 %1 批出现，最多连续 %2 次</translation>
    </message>
    <message>
        <source>scattered, never two in a row</source>
        <translation>零散出现，从未连续两次</translation>
    </message>
    <message>
        <source>failures: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>with %1&apos;s thresholds (%2) the same checks would have made it unhealthy %3 times</source>
        <translation>按 %1 的阈值（%2），同样的检查结果会使其 %3 次变为不健康</translation>
    </message>
    <message>
        <source>with %1&apos;s thresholds (%2) the same checks would never have made it unhealthy</source>
        <translation>按 %1 的阈值（%2），同样的检查结果不会使其变为不健康</translation>
    </message>
    <message>
        <source>%1 % of checks %2</source>
        <translation>%1 % 的检查%2</translation>
    </message>
    <message>
        <source>%1 % of checks fail (most %2)</source>
        <translation>%1 % 的检查失败（多数%2）</translation>
    </message>
    <message>
        <source>all %1 checks passed in %2; the load balancer&apos;s state at the end: %3</source>
        <translation>%2 内全部 %1 次检查都通过；结束时负载均衡的状态：%3</translation>
    </message>
    <message>
        <source>unhealthy: %1; the load balancer would mark the backend unhealthy and keep it so</source>
        <translation>不健康：%1；负载均衡会将后端服务器标记为不健康并保持</translation>
    </message>
    <message>
        <source>flapping: the load balancer would have marked the backend unhealthy %1 times in %2; %3</source>
        <translation>状态反复切换：%2 内负载均衡会 %1 次将后端服务器标记为不健康；%3</translation>
    </message>
    <message>
        <source>intermittent: %1; never %2 in a row, so these thresholds kept the backend in service</source>
        <translation>间歇性失败：%1；从未连续 %2 次，因此按这些阈值后端服务器仍在服务中</translation>
    </message>
    <message>
        <source>Look for a periodic job on the backend that runs every %1 (cron, backup, log rotation, garbage collection, a cache refresh).</source>
        <translation>在后端服务器上查找每隔 %1 运行一次的周期性任务（cron、备份、日志轮转、垃圾回收、缓存刷新）。</translation>
    </message>
    <message>
        <source>Look at what happens on the backend at the times above: restarts, deployments, a full worker pool or connection limit.</source>
        <translation>查看后端服务器在上述时间发生了什么：重启、部署、工作进程池已满或连接数达到上限。</translation>
    </message>
    <message>
        <source>Single failures without a pattern point at a race or a limit: keep-alive timeouts, a full accept queue, a worker pool at its maximum.</source>
        <translation>没有规律的单次失败说明存在竞态或某个上限：keep-alive 超时、accept 队列已满、工作进程池已达上限。</translation>
    </message>
    <message>
        <source>Answers keep getting slower: look for a leak or a growing queue before it reaches the timeout.</source>
        <translation>应答越来越慢：在达到超时之前，查找内存泄漏或不断增长的队列。</translation>
    </message>
    <message>
        <source>Make the health-check page cheap (no database, no remote calls) or raise the health-check timeout.</source>
        <translation>让健康检查页面足够轻量（不访问数据库、不做远程调用），或调大健康检查超时时间。</translation>
    </message>
    <message>
        <source>Health-check timeline: %1 checks, %2 failed</source>
        <translation>健康检查时间线：%1 次检查，%2 次失败</translation>
    </message>
    <message>
        <source>LB state</source>
        <translation>负载均衡状态</translation>
    </message>
    <message>
        <source>timeout %1</source>
        <translation>超时 %1</translation>
    </message>
    <message>
        <source>0 ms</source>
        <translation>0 毫秒</translation>
    </message>
    <message>
        <source>one mark per %1 passed checks</source>
        <translation>每 %1 次通过的检查画一个标记</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>wrong answer</source>
        <translation>错误应答</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <source>latency</source>
        <translation>延迟</translation>
    </message>
</context>
<context>
    <name>WatchCommand</name>
    <message>
        <source>Repeats the load balancer&apos;s health check at its interval and runs its threshold state machine.</source>
        <translation>按负载均衡的检查间隔重复其健康检查，并运行其阈值状态机。</translation>
    </message>
    <message>
        <source>Check interval in ms (default: the profile&apos;s health-check interval).</source>
        <translation>检查间隔，单位毫秒（默认：配置文件中的健康检查间隔）。</translation>
    </message>
    <message>
        <source>How long to watch: 10m, 90s, 1h or seconds (default 10m).</source>
        <translation>观察时长：10m、90s、1h 或秒数（默认 10m）。</translation>
    </message>
    <message>
        <source>Write every check to a CSV file.</source>
        <translation>将每次检查写入 CSV 文件。</translation>
    </message>
    <message>
        <source>Write a report; the format follows the extension.</source>
        <translation>生成报告；格式由文件扩展名决定。</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>The watch command.</source>
        <translation>watch 命令。</translation>
    </message>
    <message>
        <source>--interval must be 100-3600000 ms, got &quot;%1&quot;</source>
        <translation>--interval 必须在 100-3600000 毫秒之间，实际为“%1”</translation>
    </message>
    <message>
        <source>--duration takes 10m, 90s, 1h or seconds, at most 7 days, got &quot;%1&quot;</source>
        <translation>--duration 接受 10m、90s、1h 或秒数，最长 7 天，实际为“%1”</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: the report format follows the extension, one of %2</source>
        <translation>无法写入“%1”：报告格式由扩展名决定，可选 %2</translation>
    </message>
    <message>
        <source>Watching %1 every %2 for %3 (%4)
</source>
        <translation>正在观察 %1，间隔 %2，时长 %3（%4）
</translation>
    </message>
    <message>
        <source>%1 / %2  checks %3  failed %4  LB: %5</source>
        <translation>%1 / %2  检查 %3  失败 %4  负载均衡：%5</translation>
    </message>
    <message>
        <source>  last: %1 %2 ms</source>
        <translation>  最近：%1 %2 毫秒</translation>
    </message>
    <message>
        <source>cannot watch: %1</source>
        <translation>无法观察：%1</translation>
    </message>
    <message>
        <source>the watch stopped early: %1</source>
        <translation>观察提前结束：%1</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>CSV written to %1
</source>
        <translation>CSV 已写入 %1
</translation>
    </message>
    <message>
        <source>Report written to %1
</source>
        <translation>报告已写入 %1
</translation>
    </message>
</context>
<context>
    <name>WatchDialog</name>
    <message>
        <source>Watch the health check</source>
        <translation>持续观察健康检查</translation>
    </message>
    <message>
        <source>Repeats the load balancer&apos;s check every interval and applies its thresholds (unhealthy after %1 failures in a row, healthy after %2 passes in a row), so a backend that fails now and then shows up as it does in the console.</source>
        <translation>按间隔重复负载均衡的检查并应用其阈值（连续失败 %1 次为不健康，连续成功 %2 次为健康），使偶尔失败的后端服务器呈现出与控制台中相同的状态。</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 分钟</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 分钟</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>10 分钟</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 分钟</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>Until stopped</source>
        <translation>直到停止</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>间隔</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>&amp;Start watching</source>
        <translation>开始观察(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>导出 CSV(&amp;C)...</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <source>Interval:</source>
        <translation>间隔：</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>检查次数：</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>失败：</translation>
    </message>
    <message>
        <source>Load balancer would show:</source>
        <translation>负载均衡将显示：</translation>
    </message>
    <message>
        <source>Elapsed:</source>
        <translation>已用时间：</translation>
    </message>
    <message>
        <source>Export checks as CSV</source>
        <translation>将检查结果导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1（%2 %）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>the watch stopped: %1</source>
        <translation>观察已停止：%1</translation>
    </message>
    <message>
        <source>The watch stopped: %1</source>
        <translation>观察已停止：%1</translation>
    </message>
    <message>
        <source>nothing to export: no watch has run</source>
        <translation>没有可导出的内容：尚未运行过观察</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>WatchTimelineView</name>
    <message>
        <source>Health-check timeline</source>
        <translation>健康检查时间线</translation>
    </message>
</context>
<context>
    <name>WindowsFirewallAnalyzer</name>
    <message>
        <source>remote address %1 is a keyword whose addresses Windows resolves at run time</source>
        <translation>远程地址 %1 是关键字，其地址由 Windows 在运行时解析</translation>
    </message>
    <message>
        <source>Domain profile</source>
        <translation>域配置文件</translation>
    </message>
    <message>
        <source>Private profile</source>
        <translation>专用配置文件</translation>
    </message>
    <message>
        <source>Public profile</source>
        <translation>公用配置文件</translation>
    </message>
    <message>
        <source>every profile</source>
        <translation>所有配置文件</translation>
    </message>
    <message>
        <source>%1: the firewall is off</source>
        <translation>%1：防火墙已关闭</translation>
    </message>
    <message>
        <source>%1: firewall policy BlockInboundAlways blocks every inbound connection, even allowed ones</source>
        <translation>%1：防火墙策略 BlockInboundAlways 会阻止所有入站连接，即使是已允许的连接</translation>
    </message>
    <message>
        <source>%1: %2 rule &quot;%3&quot;</source>
        <translation>%1：%2 规则“%3”</translation>
    </message>
    <message>
        <source>%1: default inbound action Allow</source>
        <translation>%1：默认入站操作为 Allow</translation>
    </message>
    <message>
        <source>%1: default inbound action Block</source>
        <translation>%1：默认入站操作为 Block</translation>
    </message>
    <message>
        <source>%1: the default inbound action is not shown; paste netsh advfirewall show allprofiles too (Windows blocks by default)</source>
        <translation>%1：未显示默认入站操作；请同时粘贴 netsh advfirewall show allprofiles 的输出（Windows 默认阻止）</translation>
    </message>
    <message>
        <source>depends on the network profile of the NIC (Get-NetConnectionProfile shows it): %1</source>
        <translation>取决于网卡的网络配置文件（可用 Get-NetConnectionProfile 查看）：%1</translation>
    </message>
    <message>
        <source>Windows Firewall rules (netsh advfirewall or Get-NetFirewallRule JSON)</source>
        <translation>Windows 防火墙规则（netsh advfirewall 或 Get-NetFirewallRule 的 JSON）</translation>
    </message>
    <message>
        <source>unknown, because the Windows Firewall output is empty; paste the output of netsh advfirewall show allprofiles and netsh advfirewall firewall show rule name=all dir=in verbose</source>
        <translation>未知，因为 Windows 防火墙输出为空；请粘贴 netsh advfirewall show allprofiles 和 netsh advfirewall firewall show rule name=all dir=in verbose 的输出</translation>
    </message>
    <message>
        <source>unknown, because this netsh output is in %1; netsh prints in the system language, which LB Doctor reads only in English. Paste the PowerShell JSON export instead, which is the same in every language</source>
        <translation>未知，因为此 netsh 输出的语言是%1；netsh 以系统语言输出，而 LB Doctor 只能读取英文输出。请改为粘贴 PowerShell 导出的 JSON，它在所有语言下都相同</translation>
    </message>
    <message>
        <source>Run this in PowerShell on the server and paste its output:</source>
        <translation>在服务器上的 PowerShell 中运行以下命令并粘贴其输出：</translation>
    </message>
    <message>
        <source>unknown, because this is not Windows Firewall output LB Doctor reads: %1</source>
        <translation>未知，因为这不是 LB Doctor 能读取的 Windows 防火墙输出：%1</translation>
    </message>
    <message>
        <source>no rule listing in the paste: only the profiles&apos; default actions decide; paste netsh advfirewall firewall show rule name=all dir=in verbose too</source>
        <translation>粘贴的内容中没有规则列表：只能由各配置文件的默认操作决定；请同时粘贴 netsh advfirewall firewall show rule name=all dir=in verbose 的输出</translation>
    </message>
    <message>
        <source>%1: firewall %2, default inbound action %3</source>
        <translation>%1：防火墙 %2，默认入站操作 %3</translation>
    </message>
    <message>
        <source>Allow the health-check CIDR to the health-check port (PowerShell or cmd, as Administrator).</source>
        <translation>放行健康检查 CIDR 访问健康检查端口（以管理员身份在 PowerShell 或 cmd 中运行）。</translation>
    </message>
    <message>
        <source>Windows applies block rules before allow rules, so no allow rule can override %1: disable it, or narrow its remote addresses so that they no longer cover the health-check CIDR.</source>
        <translation>Windows 先应用阻止规则再应用允许规则，因此任何允许规则都无法覆盖 %1：请禁用它，或缩小其远程地址范围，使其不再覆盖健康检查 CIDR。</translation>
    </message>
    <message>
        <source>A UDP health check pings first, so ICMPv4 echo (type 8) must be allowed too.</source>
        <translation>UDP 健康检查会先 ping，因此还必须允许 ICMPv4 echo（类型 8）。</translation>
    </message>
    <message>
        <source>the default outbound action Block (%1)</source>
        <translation>默认出站操作“阻止”（%1）</translation>
    </message>
    <message>
        <source>the outbound block rules %1</source>
        <translation>出站阻止规则 %1</translation>
    </message>
    <message>
        <source>The replies (%1) leave despite %2: once Windows Firewall accepts an inbound connection, it permits every packet of it in both directions without the outbound rules (Windows Filtering Platform, ALE stateful filtering: https://learn.microsoft.com/en-us/windows/win32/fwp/ale-stateful-filtering)</source>
        <translation>尽管有%2，回包（%1）仍可发出：Windows 防火墙一旦接受某个入站连接，就会放行该连接双向的所有报文，不再经过出站规则（Windows 筛选平台 ALE 有状态筛选：https://learn.microsoft.com/en-us/windows/win32/fwp/ale-stateful-filtering）</translation>
    </message>
    <message>
        <source>%1: the default inbound action is not shown; give the output of netsh advfirewall show allprofiles too (Windows blocks by default)</source>
        <translation>%1：未显示默认入站操作；请同时提供 netsh advfirewall show allprofiles 的输出（Windows 默认阻止）</translation>
    </message>
    <message>
        <source>unknown, because the Windows Firewall output is empty; give the output of netsh advfirewall show allprofiles and netsh advfirewall firewall show rule name=all dir=in verbose</source>
        <translation>未知，因为 Windows 防火墙输出为空；请提供 netsh advfirewall show allprofiles 和 netsh advfirewall firewall show rule name=all dir=in verbose 的输出</translation>
    </message>
    <message>
        <source>unknown, because this netsh output is in %1; netsh prints in the system language, which LB Doctor reads only in English. Give the PowerShell JSON export instead, which is the same in every language</source>
        <translation>未知，因为此 netsh 输出的语言是%1；netsh 以系统语言输出，而 LB Doctor 只能读取英文输出。请改为提供 PowerShell 导出的 JSON，它在所有语言下都相同</translation>
    </message>
    <message>
        <source>Run this in PowerShell on the server, save its output to a file and give it with --evidence netsh=FILE:</source>
        <translation>在服务器上的 PowerShell 中运行以下命令，将输出保存为文件，并通过 --evidence netsh=FILE 提供：</translation>
    </message>
    <message>
        <source>no rule listing in the input: only the profiles&apos; default actions decide; give the output of netsh advfirewall firewall show rule name=all dir=in verbose too</source>
        <translation>输入中没有规则列表：只能由各配置文件的默认操作决定；请同时提供 netsh advfirewall firewall show rule name=all dir=in verbose 的输出</translation>
    </message>
</context>
<context>
    <name>WindowsFirewallConfig</name>
    <message>
        <source>the JSON holds no firewall rules (expected Get-NetFirewallRule objects with Action, Direction, Protocol, LocalPort and RemoteAddress)</source>
        <translation>JSON 中没有防火墙规则（预期为带有 Action、Direction、Protocol、LocalPort 和 RemoteAddress 的 Get-NetFirewallRule 对象）</translation>
    </message>
    <message>
        <source>neither &quot;Rule Name:&quot; nor &quot;Profile Settings:&quot; found</source>
        <translation>既没有找到“Rule Name:”，也没有找到“Profile Settings:”</translation>
    </message>
    <message>
        <source>German</source>
        <translation>德语</translation>
    </message>
    <message>
        <source>French</source>
        <translation>法语</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙语</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>葡萄牙语</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>意大利语</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄语</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>繁体中文</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日语</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>韩语</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>荷兰语</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>波兰语</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>土耳其语</translation>
    </message>
    <message>
        <source>a language other than English</source>
        <translation>英语以外的语言</translation>
    </message>
    <message>
        <source>the JSON does not parse (%1 at offset %2); it may be truncated</source>
        <translation>无法解析 JSON（偏移 %2 处：%1）；可能被截断了</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Finds out why a load balancer marks a backend unhealthy.</source>
        <translation>找出负载均衡将后端服务器标记为不健康的原因。</translation>
    </message>
    <message>
        <source>Language: %1 (default: the system&apos;s).</source>
        <translation>语言：%1（默认：跟随系统）。</translation>
    </message>
    <message>
        <source>A saved session to reopen.</source>
        <translation>要重新打开的已保存会话。</translation>
    </message>
    <message>
        <source>The session was not opened: %1</source>
        <translation>会话未打开：%1</translation>
    </message>
</context>
</TS>
