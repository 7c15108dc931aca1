#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// One rule of a cloud security group or network ACL, whatever provider printed it.
struct SecurityGroupRule
{
    QString id; // rule id or index as the provider shows it
    bool ingress = true;
    bool enabled = true;
    bool allow = true;
    int order = 0; // priority (Alibaba, Huawei) or position (Tencent, network ACL)
    QString protocol; // lower case: "tcp", "udp", "icmp", "all", a number, ...
    QString ports; // "80", "80/80", "1-65535", "80,443", "20:50"; empty or "all": every port
    QStringList sources; // CIDRs of the remote side (the source of an inbound rule, the
                         // destination of an outbound one); empty with no reference: any
    QString sourceReference; // "security group sg-1", "address group ...": not decidable from here
    QString sourceGroup; // the referenced security group's id, when the reference is a group
    QString destination; // CIDR or address; empty: any
    QString serviceReference; // Tencent protocol/port template
    QString text; // how the rule is named in a finding
};

// The rules of one security group or network ACL.
struct SecurityGroupLayer
{
    enum class Kind { SecurityGroup, NetworkAcl };
    QString provider; // "alibaba", "tencent", "huawei"
    Kind kind = Kind::SecurityGroup;
    QString id; // sg-..., ACL id; may be empty
    QString region; // Alibaba RegionId when present
    bool byPriority = true; // priority with deny first on ties; false: first match in list order
    bool enabled = true; // a network ACL can be switched off
    // A stateless network ACL judges the replies of the check by its outbound rules too (AWS,
    // Alibaba and Tencent document theirs as stateless, Huawei's as stateful; security groups are
    // stateful everywhere). stateDoc is the provider page that says so.
    bool stateless = false;
    QString stateDoc;
    QList<SecurityGroupRule> rules;
};

// The paste: one or more JSON documents (a security group and a network ACL may be pasted together).
struct SecurityGroupPaste
{
    QList<SecurityGroupLayer> layers;
    QStringList problems;
    QString error;

    static SecurityGroupPaste parse(const QString &text);
    // The provider pages that say whether a provider's network ACL is stateful.
    static QString aclStateDoc(const QString &provider);
    // 0-100: how sure the text is a provider's security-group or ACL JSON.
    static int recognize(QStringView text);

    Q_DECLARE_TR_FUNCTIONS(SecurityGroupPaste)
};
