<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AddressRange</name>
    <message>
        <source>prefix length must be 0-%1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 has host bits set; did you mean %3/%2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty address range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a prefix length or netmask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netmask %1 is not contiguous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address range like 10.0.0.1-10.0.0.9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range %1 ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address or CIDR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Runs the providers&apos; health-check procedure against one backend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LB Doctor runs on the backend: collect firewall, sockets, routes... here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyze saved output: KIND=FILE (kind or step id). Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a report; the format follows the extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see lbdoctor-cli check --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: profile not loaded: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: the report format follows the extension, one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--evidence takes KIND=FILE, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown evidence kind &quot;%1&quot;; one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot resolve &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resolves to %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Usage:
  lbdoctor-cli --version | --help
  lbdoctor-cli profiles [--json]
  lbdoctor-cli check   --profile ID [--variant V] --listener tcp|udp|http|https --ip IP --port N
                       [--check-port N] [--domain HOST] [--path /p] [--codes 2xx,3xx|200,202]
                       [--timeout MS] [--local] [--evidence KIND=FILE]... [--report FILE] [--json]
  lbdoctor-cli analyze KIND --profile ID --port N [--listener tcp|udp|http|https] [--ip IP]
                       [--iface NAME] --file FILE|- [--json]
  lbdoctor-cli demo    [--report FILE] [--json]

Exit codes: 0 nothing failed, 1 a problem was found, 2 bad usage or bad input.
`lbdoctor-cli COMMAND --help` describes each command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo backend is not built into this LB Doctor yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; commands: profiles, check, analyze, demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the provider profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: profile not loaded: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>      health-check sources: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered by you (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>      HTTP check: %1 HTTP/%2, healthy codes %3; interval %4 s, timeout %5 s, thresholds %6/%7
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved output to analyze, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analyze needs a KIND; known kinds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; known kinds: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analyze needs --file FILE (or --file - for standard input)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>Language of the output: en, zh_CN (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceAnalysis</name>
    <message>
        <source>unknown, because the evidence is empty (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown, because the evidence is %1 MB; the limit is 200 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown, because the %1 analyzer is not built yet; this LB Doctor knows: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown, because this looks like %1, which belongs to the &quot;%2&quot; step, not this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown, because no analyzer reads evidence for this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown, because the text is not in a format LB Doctor reads for this step (expected: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>finding has no &quot;step&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding &quot;%1&quot; has an unknown status &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range verdict must be allowed, blocked or unknown, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonReport</name>
    <message>
        <source>JSON report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>not a valid JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is newer than this LB Doctor reads (1): update LB Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be lower-case letters, digits, - or _, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string or an object of languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs an &quot;en&quot; text (English is the source language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty: list the CIDRs or set cidrFromUser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list HEAD and/or GET, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not among methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;1.0&quot; or &quot;1.1&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be ip, ip:port or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown step &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown step; known steps: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be linux, cmd or powershell</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 bytes is too large for a profile (limit 4 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RangeVerdicts</name>
    <message>
        <source>no rule decided these addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 blocks all of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 blocks %2 of %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown, because %1 has rules LB Doctor cannot decide for %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 allows all of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportFile</name>
    <message>
        <source>cannot write &quot;%1&quot;: the report format is chosen by the extension, one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>unknown, because the step did not finish within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown, because this LB Doctor has no %1 probe yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown, because local collection is not built into this LB Doctor yet; paste the output instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run: offline mode sends no probes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run: this step is answered from the provider&apos;s console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run: needs output from the %1; paste it, or pass --evidence %2=FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloud console or CLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backend server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>the session uses profile &quot;%1&quot;, which is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; has no variant &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>findings[%1]: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusCodeSet</name>
    <message>
        <source>expected status codes are empty; use e.g. 2xx,3xx or 200,202 or 200-399</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status code range %1 ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status code (100-599), a class like 2xx, or a range like 200-399</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Security group and network ACL allow the health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host firewall allows the health-check addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A process listens on the port at a reachable address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP connection to the health-check port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP request as the load balancer sends it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP datagram to the health-check port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP echo (ping) to the backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP wrappers (/etc/hosts.allow, /etc/hosts.deny)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default route and return path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel settings (tcp_tw_recycle, ICMP, rp_filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server load and memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend public bandwidth (account type)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetOptions</name>
    <message>
        <source>--profile is required; one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown profile &quot;%1&quot;; one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1 has no variant &quot;%2&quot;; one of: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) has no fixed health-check addresses: pass --source-cidr (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be 1-600000 ms, got %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetValidator</name>
    <message>
        <source>%1 is required (1-65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be 1-65535, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain must not contain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain must not contain spaces: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain is a host name only, without scheme or path: put &quot;/...&quot; in the path field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path must not contain %1: they would split the HTTP request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path must start with &quot;/&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listener must be tcp, udp, http or https, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backend IP is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backend IP is an address, not a URL: put only the address here, the port and path in their own fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backend IP is one address, not a range: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backend IP must not contain spaces or %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an IPv4/IPv6 address nor a host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health-check port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health-check source CIDR: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an interface name (up to 15 letters, digits, . _ - :)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line breaks (CR/LF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextDecode</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; cut it to the relevant part</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextFormat</name>
    <message>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LB Doctor %1: %2 (%3), %4 listener, backend %5, health-check port %6
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 resolves to %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  health-check sources %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 %2 HTTP/%3, healthy codes %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUMMARY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
