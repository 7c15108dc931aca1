#!/usr/bin/env bash
# Installs what LB Doctor needs to build, test and package on Debian 12 (bookworm).
# Idempotent: packages already present are skipped without touching apt's lists.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config ccache
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-svg-dev qt6-translations-l10n qt6-l10n-tools
  libgl-dev
  xvfb xauth file dpkg-dev fonts-wqy-microhei appstream desktop-file-utils
  iproute2 iptables nftables iputils-ping procps net-tools curl openssl
  # capture files are read with libpcap; the capture tests record with tcpdump in their namespaces
  libpcap-dev tcpdump
  # ufw: driven only inside test namespaces; Debian installs it with ENABLED=no, so the host's firewall is untouched
  ufw
  # issue 14: the SSH collection tests start their own sshd on a loopback port (Debian's postinst may
  # also start the system one; the tests never use it); busybox runs the bundle script busybox-only
  openssh-server openssh-client busybox
  chromium
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "deps-debian: all ${#packages[@]} packages already installed"
  exit 0
fi

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "deps-debian: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
