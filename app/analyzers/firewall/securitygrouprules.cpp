#include "securitygrouprules.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {

QString str(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble())
        return QString::number(v.toInt());
    return v.toString().trimmed();
}

int number(const QJsonObject &o, const char *key, int fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble())
        return v.toInt();
    bool ok = false;
    const int n = v.toString().toInt(&ok);
    return ok ? n : fallback;
}

QJsonArray arrayAt(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isArray())
        return v.toArray();
    return {};
}

// Alibaba: aliyun ecs DescribeSecurityGroupAttribute -> {"SecurityGroupId", "RegionId", "Permissions": {"Permission":
// [...]}}.
SecurityGroupLayer alibaba(const QJsonObject &o)
{
    SecurityGroupLayer layer;
    layer.provider = QStringLiteral("alibaba");
    layer.id = str(o, "SecurityGroupId");
    layer.region = str(o, "RegionId");
    const QJsonValue permissions = o.value(QStringLiteral("Permissions"));
    const QJsonArray list = permissions.isObject()
        ? permissions.toObject().value(QStringLiteral("Permission")).toArray()
        : permissions.toArray();
    int index = 0;
    for (const QJsonValue &v : list) {
        const QJsonObject p = v.toObject();
        SecurityGroupRule r;
        ++index;
        r.id = str(p, "SecurityGroupRuleId");
        r.ingress = str(p, "Direction").isEmpty()
            || str(p, "Direction").compare(QStringLiteral("ingress"), Qt::CaseInsensitive) == 0;
        r.allow = str(p, "Policy").compare(QStringLiteral("Drop"), Qt::CaseInsensitive) != 0;
        r.order = number(p, "Priority", 1);
        r.protocol = str(p, "IpProtocol").toLower();
        r.ports = str(p, "PortRange");
        for (const char *key : {"SourceCidrIp", "Ipv6SourceCidrIp"}) {
            if (!str(p, key).isEmpty())
                r.sources << str(p, key);
        }
        r.sourceGroup = str(p, "SourceGroupId");
        if (!str(p, "SourceGroupId").isEmpty())
            r.sourceReference = SecurityGroupPaste::tr("security group %1").arg(str(p, "SourceGroupId"));
        else if (!str(p, "SourcePrefixListId").isEmpty())
            r.sourceReference = SecurityGroupPaste::tr("prefix list %1").arg(str(p, "SourcePrefixListId"));
        r.destination = str(p, "DestCidrIp");
        r.text = SecurityGroupPaste::tr("rule %1 (Priority %2, %3 %4 %5 from %6)")
                     .arg(r.id.isEmpty() ? QString::number(index) : r.id)
                     .arg(r.order)
                     .arg(str(p, "Policy"), str(p, "IpProtocol"), r.ports,
                          r.sourceReference.isEmpty() ? r.sources.join(QLatin1Char(',')) : r.sourceReference);
        layer.rules << r;
    }
    return layer;
}

// Tencent: tccli vpc DescribeSecurityGroupPolicies -> {"SecurityGroupPolicySet": {"Ingress": [...]}}
// (the bare API wraps it in "Response").
SecurityGroupLayer tencent(const QJsonObject &set)
{
    SecurityGroupLayer layer;
    layer.provider = QStringLiteral("tencent");
    layer.byPriority = false;
    for (const QJsonValue &v : arrayAt(set, "Ingress")) {
        const QJsonObject p = v.toObject();
        SecurityGroupRule r;
        r.order = number(p, "PolicyIndex", int(layer.rules.size()));
        r.id = QString::number(r.order);
        r.allow = str(p, "Action").compare(QStringLiteral("DROP"), Qt::CaseInsensitive) != 0;
        r.protocol = str(p, "Protocol").toLower();
        r.ports = str(p, "Port");
        for (const char *key : {"CidrBlock", "Ipv6CidrBlock"}) {
            if (!str(p, key).isEmpty())
                r.sources << str(p, key);
        }
        const QJsonObject address = p.value(QStringLiteral("AddressTemplate")).toObject();
        const QString addressRef =
            str(address, "AddressId").isEmpty() ? str(address, "AddressGroupId") : str(address, "AddressId");
        r.sourceGroup = str(p, "SecurityGroupId");
        if (!str(p, "SecurityGroupId").isEmpty())
            r.sourceReference = SecurityGroupPaste::tr("security group %1").arg(str(p, "SecurityGroupId"));
        else if (!addressRef.isEmpty())
            r.sourceReference = SecurityGroupPaste::tr("address template %1").arg(addressRef);
        const QJsonObject service = p.value(QStringLiteral("ServiceTemplate")).toObject();
        const QString serviceRef =
            str(service, "ServiceId").isEmpty() ? str(service, "ServiceGroupId") : str(service, "ServiceId");
        if (!serviceRef.isEmpty())
            r.serviceReference = SecurityGroupPaste::tr("protocol/port template %1").arg(serviceRef);
        r.text =
            SecurityGroupPaste::tr("policy %1 (%2 %3 %4 from %5)")
                .arg(r.order)
                .arg(str(p, "Action"), str(p, "Protocol"), r.serviceReference.isEmpty() ? r.ports : r.serviceReference,
                     r.sourceReference.isEmpty() ? r.sources.join(QLatin1Char(',')) : r.sourceReference);
        layer.rules << r;
    }
    return layer;
}

// Huawei: hcloud VPC ListSecurityGroupRules (v3) -> {"security_group_rules": [...]}; the v2/Neutron
// form has port_range_min/max and no action or priority.
SecurityGroupLayer huawei(const QJsonArray &list)
{
    SecurityGroupLayer layer;
    layer.provider = QStringLiteral("huawei");
    for (const QJsonValue &v : list) {
        const QJsonObject p = v.toObject();
        SecurityGroupRule r;
        r.id = str(p, "id");
        if (layer.id.isEmpty())
            layer.id = str(p, "security_group_id");
        r.ingress = str(p, "direction").compare(QStringLiteral("egress"), Qt::CaseInsensitive) != 0;
        r.enabled = !p.value(QStringLiteral("enabled")).isBool() || p.value(QStringLiteral("enabled")).toBool();
        r.allow = str(p, "action").compare(QStringLiteral("deny"), Qt::CaseInsensitive) != 0;
        r.order = number(p, "priority", 1);
        r.protocol = str(p, "protocol").toLower();
        r.ports = str(p, "multiport");
        if (r.ports.isEmpty() && p.value(QStringLiteral("port_range_min")).isDouble()) {
            const int lo = p.value(QStringLiteral("port_range_min")).toInt();
            const int hi = p.value(QStringLiteral("port_range_max")).isDouble()
                ? p.value(QStringLiteral("port_range_max")).toInt()
                : lo;
            if (r.protocol != QStringLiteral("icmp"))
                r.ports = QStringLiteral("%1-%2").arg(lo).arg(hi);
        }
        if (!str(p, "remote_ip_prefix").isEmpty())
            r.sources << str(p, "remote_ip_prefix");
        r.sourceGroup = str(p, "remote_group_id");
        if (!str(p, "remote_group_id").isEmpty())
            r.sourceReference = SecurityGroupPaste::tr("security group %1").arg(str(p, "remote_group_id"));
        else if (!str(p, "remote_address_group_id").isEmpty())
            r.sourceReference = SecurityGroupPaste::tr("IP address group %1").arg(str(p, "remote_address_group_id"));
        else if (r.sources.isEmpty())
            r.sources << (str(p, "ethertype").compare(QStringLiteral("IPv6"), Qt::CaseInsensitive) == 0
                              ? QStringLiteral("::/0")
                              : QStringLiteral("0.0.0.0/0"));
        r.text = SecurityGroupPaste::tr("rule %1 (priority %2, %3 %4 %5 from %6)")
                     .arg(r.id.isEmpty() ? QString::number(layer.rules.size() + 1) : r.id)
                     .arg(r.order)
                     .arg(r.allow ? QStringLiteral("allow") : QStringLiteral("deny"),
                          r.protocol.isEmpty() ? QStringLiteral("all") : r.protocol,
                          r.ports.isEmpty() ? QStringLiteral("all") : r.ports,
                          r.sourceReference.isEmpty() ? r.sources.join(QLatin1Char(',')) : r.sourceReference);
        layer.rules << r;
    }
    return layer;
}

// Huawei network ACL ("firewall"): VPC v3 ShowFirewall -> {"firewall": {"ingress_rules": [...]}},
// or the v2 rule list {"firewall_rules": [...]}. First match in list order; deny by default.
SecurityGroupLayer huaweiAcl(const QJsonObject &firewall, const QJsonArray &rules)
{
    SecurityGroupLayer layer;
    layer.provider = QStringLiteral("huawei");
    layer.kind = SecurityGroupLayer::Kind::NetworkAcl;
    layer.byPriority = false;
    layer.stateDoc = SecurityGroupPaste::aclStateDoc(layer.provider);
    layer.id = str(firewall, "name").isEmpty() ? str(firewall, "id") : str(firewall, "name");
    if (firewall.value(QStringLiteral("admin_state_up")).isBool())
        layer.enabled = firewall.value(QStringLiteral("admin_state_up")).toBool();
    int position = 0;
    for (const QJsonValue &v : rules) {
        const QJsonObject p = v.toObject();
        SecurityGroupRule r;
        r.order = number(p, "position", ++position);
        r.id = str(p, "name").isEmpty() ? str(p, "id") : str(p, "name");
        r.enabled = !p.value(QStringLiteral("enabled")).isBool() || p.value(QStringLiteral("enabled")).toBool();
        r.allow = str(p, "action").compare(QStringLiteral("allow"), Qt::CaseInsensitive) == 0;
        r.protocol = str(p, "protocol").toLower();
        r.ports = str(p, "destination_port");
        if (!str(p, "source_ip_address").isEmpty())
            r.sources << str(p, "source_ip_address");
        if (!str(p, "source_address_group_id").isEmpty())
            r.sourceReference = SecurityGroupPaste::tr("IP address group %1").arg(str(p, "source_address_group_id"));
        r.destination = str(p, "destination_ip_address");
        r.text = SecurityGroupPaste::tr("network ACL rule %1 (%2 %3 %4 from %5)")
                     .arg(r.id.isEmpty() ? QString::number(r.order) : r.id)
                     .arg(str(p, "action"), r.protocol.isEmpty() ? QStringLiteral("any") : r.protocol,
                          r.ports.isEmpty() ? QStringLiteral("any") : r.ports,
                          r.sourceReference.isEmpty()
                              ? (r.sources.isEmpty() ? QStringLiteral("any") : r.sources.join(QLatin1Char(',')))
                              : r.sourceReference);
        layer.rules << r;
    }
    return layer;
}

// One rule of a stateless network ACL, as a finding names it.
SecurityGroupRule aclRule(bool ingress, int order, const QString &id, bool allow, const QString &protocol,
                          const QString &ports, const QStringList &cidrs, const QString &action)
{
    SecurityGroupRule r;
    r.ingress = ingress;
    r.order = order;
    r.id = id.isEmpty() ? QString::number(order) : id;
    r.allow = allow;
    r.protocol = protocol;
    r.ports = ports;
    r.sources = cidrs;
    const QString peer = cidrs.isEmpty() ? QStringLiteral("any") : cidrs.join(QLatin1Char(','));
    const QString what = protocol.isEmpty() ? QStringLiteral("all") : protocol;
    const QString where = ports.isEmpty() ? QStringLiteral("all") : ports;
    r.text = ingress ? SecurityGroupPaste::tr("inbound rule %1 (%2 %3 %4 from %5)").arg(r.id, action, what, where, peer)
                     : SecurityGroupPaste::tr("outbound rule %1 (%2 %3 %4 to %5)").arg(r.id, action, what, where, peer);
    return r;
}

SecurityGroupLayer statelessAcl(const QString &provider, const QString &id)
{
    SecurityGroupLayer layer;
    layer.provider = provider;
    layer.kind = SecurityGroupLayer::Kind::NetworkAcl;
    layer.byPriority = false;
    layer.id = id;
    layer.stateless = true;
    layer.stateDoc = SecurityGroupPaste::aclStateDoc(provider);
    return layer;
}

// AWS: aws ec2 describe-network-acls -> {"NetworkAcls": [{"NetworkAclId", "Entries": [{"RuleNumber",
// "Protocol" ("-1" all, "6", "17", "1"), "RuleAction", "Egress", "CidrBlock" or "Ipv6CidrBlock",
// "PortRange": {"From", "To"}}]}]}. Lowest rule number first; rule 32767 (the console's "*") denies the rest.
SecurityGroupLayer awsAcl(const QJsonObject &acl)
{
    SecurityGroupLayer layer = statelessAcl(QStringLiteral("aws"), str(acl, "NetworkAclId"));
    for (const QJsonValue &v : arrayAt(acl, "Entries")) {
        const QJsonObject e = v.toObject();
        QString protocol = str(e, "Protocol");
        static const QHash<QString, QString> names{{QStringLiteral("-1"), QStringLiteral("all")},
                                                   {QStringLiteral("6"), QStringLiteral("tcp")},
                                                   {QStringLiteral("17"), QStringLiteral("udp")},
                                                   {QStringLiteral("1"), QStringLiteral("icmp")}};
        protocol = names.value(protocol, protocol.toLower());
        QString ports;
        if (e.value(QStringLiteral("PortRange")).isObject()) {
            const QJsonObject range = e.value(QStringLiteral("PortRange")).toObject();
            ports = QStringLiteral("%1-%2").arg(number(range, "From", 0)).arg(number(range, "To", 65535));
        }
        QStringList cidrs;
        for (const char *key : {"CidrBlock", "Ipv6CidrBlock"}) {
            if (!str(e, key).isEmpty())
                cidrs << str(e, key);
        }
        const int order = number(e, "RuleNumber", 32767);
        layer.rules << aclRule(!e.value(QStringLiteral("Egress")).toBool(), order,
                               order == 32767 ? QStringLiteral("*") : QString::number(order),
                               str(e, "RuleAction").compare(QStringLiteral("allow"), Qt::CaseInsensitive) == 0,
                               protocol, ports, cidrs, str(e, "RuleAction"));
    }
    return layer;
}

// Alibaba: aliyun vpc DescribeNetworkAclAttributes -> {"NetworkAclAttribute": {"NetworkAclId",
// "IngressAclEntries": {"IngressAclEntry": [...]}, "EgressAclEntries": {"EgressAclEntry": [...]}}}
// (DescribeNetworkAcls lists the same objects under "NetworkAcls": {"NetworkAcl": [...]}). An entry has
// Policy accept|drop, Protocol all|tcp|udp|icmp|gre, Port "-1/-1" or "80/80", SourceCidrIp inbound and
// DestinationCidrIp outbound; the list order is the priority, and the port is the destination port.
SecurityGroupLayer alibabaAcl(const QJsonObject &acl)
{
    SecurityGroupLayer layer = statelessAcl(QStringLiteral("alibaba"), str(acl, "NetworkAclId"));
    for (const bool ingress : {true, false}) {
        const QJsonValue entries = acl.value(QLatin1String(ingress ? "IngressAclEntries" : "EgressAclEntries"));
        const QJsonArray list = entries.isObject()
            ? entries.toObject().value(QLatin1String(ingress ? "IngressAclEntry" : "EgressAclEntry")).toArray()
            : entries.toArray();
        int position = 0;
        for (const QJsonValue &v : list) {
            const QJsonObject e = v.toObject();
            const QString cidr = str(e, ingress ? "SourceCidrIp" : "DestinationCidrIp");
            const QString id =
                str(e, "NetworkAclEntryName").isEmpty() ? str(e, "NetworkAclEntryId") : str(e, "NetworkAclEntryName");
            ++position;
            layer.rules << aclRule(ingress, position, id.isEmpty() ? QString::number(position) : id,
                                   str(e, "Policy").compare(QStringLiteral("accept"), Qt::CaseInsensitive) == 0,
                                   str(e, "Protocol").toLower(), str(e, "Port"),
                                   cidr.isEmpty() ? QStringList() : QStringList{cidr}, str(e, "Policy"));
        }
    }
    return layer;
}

// Tencent: tccli vpc DescribeNetworkAcls -> {"NetworkAclSet": [{"NetworkAclId", "IngressEntries": [...],
// "EgressEntries": [...]}]} (the bare API wraps it in "Response"). An entry has Protocol TCP|UDP|ICMP|ALL,
// Port "80", "1-65535" or "ALL", CidrBlock or Ipv6CidrBlock, Action ACCEPT|DROP; list order, then
// the default rule that denies everything.
SecurityGroupLayer tencentAcl(const QJsonObject &acl)
{
    SecurityGroupLayer layer = statelessAcl(QStringLiteral("tencent"), str(acl, "NetworkAclId"));
    for (const bool ingress : {true, false}) {
        int position = 0;
        for (const QJsonValue &v : arrayAt(acl, ingress ? "IngressEntries" : "EgressEntries")) {
            const QJsonObject e = v.toObject();
            QStringList cidrs;
            for (const char *key : {"CidrBlock", "Ipv6CidrBlock"}) {
                if (!str(e, key).isEmpty())
                    cidrs << str(e, key);
            }
            ++position;
            layer.rules << aclRule(ingress, position, QString::number(position),
                                   str(e, "Action").compare(QStringLiteral("ACCEPT"), Qt::CaseInsensitive) == 0,
                                   str(e, "Protocol").toLower(), str(e, "Port"), cidrs, str(e, "Action"));
        }
    }
    return layer;
}

bool layerFrom(const QJsonObject &root, QList<SecurityGroupLayer> &out)
{
    QJsonObject o = root;
    if (o.value(QStringLiteral("Response")).isObject())
        o = o.value(QStringLiteral("Response")).toObject();
    if (o.contains(QStringLiteral("Permissions"))) {
        out << alibaba(o);
        return true;
    }
    if (o.value(QStringLiteral("SecurityGroupPolicySet")).isObject()) {
        out << tencent(o.value(QStringLiteral("SecurityGroupPolicySet")).toObject());
        return true;
    }
    if (o.value(QStringLiteral("security_group_rules")).isArray()) {
        out << huawei(o.value(QStringLiteral("security_group_rules")).toArray());
        return true;
    }
    if (o.value(QStringLiteral("security_group")).isObject()) { // ShowSecurityGroup v3
        out << huawei(o.value(QStringLiteral("security_group"))
                          .toObject()
                          .value(QStringLiteral("security_group_rules"))
                          .toArray());
        return true;
    }
    if (o.value(QStringLiteral("NetworkAcls")).isArray()) { // AWS
        for (const QJsonValue &v : o.value(QStringLiteral("NetworkAcls")).toArray())
            out << awsAcl(v.toObject());
        return true;
    }
    if (o.value(QStringLiteral("NetworkAcls")).isObject()) { // Alibaba DescribeNetworkAcls
        for (const QJsonValue &v :
             o.value(QStringLiteral("NetworkAcls")).toObject().value(QStringLiteral("NetworkAcl")).toArray())
            out << alibabaAcl(v.toObject());
        return true;
    }
    if (o.value(QStringLiteral("NetworkAclAttribute")).isObject()) {
        out << alibabaAcl(o.value(QStringLiteral("NetworkAclAttribute")).toObject());
        return true;
    }
    if (o.value(QStringLiteral("NetworkAclSet")).isArray()) {
        for (const QJsonValue &v : o.value(QStringLiteral("NetworkAclSet")).toArray())
            out << tencentAcl(v.toObject());
        return true;
    }
    if (o.value(QStringLiteral("firewall")).isObject()) {
        const QJsonObject fw = o.value(QStringLiteral("firewall")).toObject();
        out << huaweiAcl(fw, fw.value(QStringLiteral("ingress_rules")).toArray());
        return true;
    }
    if (o.value(QStringLiteral("firewalls")).isArray()) {
        for (const QJsonValue &v : o.value(QStringLiteral("firewalls")).toArray())
            out << huaweiAcl(v.toObject(), v.toObject().value(QStringLiteral("ingress_rules")).toArray());
        return true;
    }
    if (o.value(QStringLiteral("firewall_rules")).isArray()) {
        QJsonArray inbound;
        for (const QJsonValue &v : o.value(QStringLiteral("firewall_rules")).toArray()) {
            // v2 rules carry no direction; an ACL's inbound policy lists them as ingress.
            if (str(v.toObject(), "direction").compare(QStringLiteral("egress"), Qt::CaseInsensitive) != 0)
                inbound.append(v);
        }
        out << huaweiAcl(QJsonObject(), inbound);
        return true;
    }
    return false;
}

} // namespace

SecurityGroupPaste SecurityGroupPaste::parse(const QString &text)
{
    SecurityGroupPaste paste;
    QByteArray bytes = text.trimmed().toUtf8();
    // Several documents pasted one after another: parse each in turn.
    int documents = 0;
    while (!bytes.trimmed().isEmpty()) {
        bytes = bytes.trimmed();
        QJsonParseError error;
        QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        qsizetype consumed = bytes.size();
        if (error.error == QJsonParseError::GarbageAtEnd) {
            consumed = error.offset;
            doc = QJsonDocument::fromJson(bytes.left(consumed), &error);
        }
        if (error.error != QJsonParseError::NoError) {
            paste.error = documents == 0
                ? SecurityGroupPaste::tr(
                      "the text is not JSON (%1 at offset %2); export the rules with the provider's CLI, which prints JSON")
                      .arg(error.errorString())
                      .arg(error.offset)
                : SecurityGroupPaste::tr("document %1 is not valid JSON (%2); it may be truncated")
                      .arg(documents + 1)
                      .arg(error.errorString());
            return paste;
        }
        ++documents;
        const QJsonArray roots = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
        for (const QJsonValue &root : roots) {
            if (!root.isObject() || !layerFrom(root.toObject(), paste.layers))
                paste.problems
                    << SecurityGroupPaste::tr(
                           "document %1: not a security group or network ACL LB Doctor knows (expected Alibaba Permissions, Tencent SecurityGroupPolicySet, Huawei security_group_rules or firewall)")
                           .arg(documents);
        }
        bytes = bytes.mid(consumed);
    }
    if (paste.layers.isEmpty() && paste.error.isEmpty())
        paste.error = paste.problems.isEmpty() ? SecurityGroupPaste::tr("the text is empty") : paste.problems.first();
    return paste;
}

QString SecurityGroupPaste::aclStateDoc(const QString &provider)
{
    // Each page says in so many words whether the provider's network ACL is stateful.
    static const QHash<QString, QString> pages{
        {QStringLiteral("aws"), QStringLiteral("https://docs.aws.amazon.com/vpc/latest/userguide/nacl-basics.html")},
        {QStringLiteral("alibaba"), QStringLiteral("https://www.alibabacloud.com/help/en/vpc/examples")},
        {QStringLiteral("tencent"), QStringLiteral("https://www.tencentcloud.com/document/product/215/31850")},
        {QStringLiteral("huawei"),
         QStringLiteral("https://support.huaweicloud.com/intl/en-us/productdesc-vpc/en-us_topic_0051746676.html")},
    };
    return pages.value(provider);
}

int SecurityGroupPaste::recognize(QStringView text)
{
    const QStringView head = text.left(256 * 1024).trimmed();
    if (!head.startsWith(QLatin1Char('{')) && !head.startsWith(QLatin1Char('[')))
        return 0;
    int score = 0;
    for (const char *key :
         {"\"Permissions\"", "\"SecurityGroupPolicySet\"", "\"security_group_rules\"", "\"ingress_rules\"",
          "\"firewall_rules\"", "\"NetworkAcls\"", "\"NetworkAclAttribute\"", "\"NetworkAclSet\""}) {
        if (head.contains(QLatin1String(key)))
            score = 70;
    }
    for (const char *key : {"\"SourceCidrIp\"", "\"PortRange\"", "\"CidrBlock\"", "\"PolicyIndex\"",
                            "\"remote_ip_prefix\"", "\"source_ip_address\"", "\"destination_port\"", "\"RuleNumber\"",
                            "\"IngressAclEntries\"", "\"IngressEntries\""}) {
        if (head.contains(QLatin1String(key)))
            score += 10;
    }
    return std::min(score, 100);
}
