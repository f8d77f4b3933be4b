#!/bin/sh
# Records the iproute2 goldens from the real kernel in throw-away network namespaces.
# Usage: record.sh OUTDIR   (as root; needs ip, bridge, nsenter, unshare, sysctl)
# The topology mirrors one Docker Swarm node (see README.md); IpRouteTopology in the tests builds
# the same thing in the model, creating devices in the same order so ifindex values agree.
set -eu
out=${1:?usage: record.sh OUTDIR}
tag=ipg$$
H=${tag}h; B=${tag}b; C=${tag}c; D=${tag}d
cleanup() { for n in $H $B $C $D; do ip netns del "$n" 2>/dev/null || true; done; }
trap cleanup EXIT
for n in $H $B $C $D; do ip netns add "$n"; done

# H: the node's host namespace, IPv6 off everywhere (lo without ::1)
ip netns exec $H sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
# D: a container with IPv6 off on new devices only (lo keeps ::1, eth0 has no fe80::)
ip netns exec $D sysctl -qw net.ipv6.conf.default.disable_ipv6=1

ip -n $H link add docker_gwbridge address 02:42:ac:12:00:01 type bridge           # H 2
ip -n $B link add br0 address 02:42:0a:00:00:01 mtu 1450 type bridge             # B 2
# container C: eth0 on the overlay (peer veth2 in B), eth1 on docker_gwbridge (peer veth5 in H)
ip link add eth0 netns $C address 02:42:0a:00:00:02 mtu 1450 type veth peer name veth2 netns $B address 02:42:0a:00:01:02 mtu 1450  # C 2, B 3
ip link add eth1 netns $C address 02:42:ac:12:00:03 type veth peer name veth5 netns $H address 02:42:ac:12:01:03                     # C 3, H 3
# the vxlan device is created in the host namespace and moved into the overlay namespace (as
# Docker does); it keeps ifindex 4 and reports link-netnsid of the host namespace
ip -n $H link add vxlan1 address 02:42:0a:00:00:fe mtu 1450 type vxlan id 256 dstport 4789 learning proxy l2miss l3miss  # H 4
ip -n $H link set vxlan1 netns $B                                               # B 4
# container D: eth0 on the overlay (peer veth3 in B)
ip link add eth0 netns $D address 02:42:0a:00:00:04 mtu 1450 type veth peer name veth3 netns $B address 02:42:0a:00:01:04 mtu 1450  # D 2, B 5

ip -n $B link set veth2 master br0
ip -n $B link set vxlan1 master br0
ip -n $B link set veth3 master br0
ip -n $H link set veth5 master docker_gwbridge

ip -n $H addr add 172.18.0.1/16 brd + dev docker_gwbridge
ip -n $B addr add 10.0.0.1/24 brd + dev br0
ip -n $C addr add 10.0.0.2/24 brd + dev eth0
ip -n $C addr add 172.18.0.3/16 brd + dev eth1
ip -n $D addr add 10.0.0.4/24 brd + dev eth0

for n in $H $B $C $D; do
  for d in $(ip -n $n -o link | awk -F': ' '{print $2}' | cut -d@ -f1); do ip -n $n link set "$d" up; done
done
ip -n $C route add default via 172.18.0.1 dev eth1
ip -n $C route add 10.20.0.0/16 via 10.0.0.1 dev eth0 proto static

# wait for IPv6 DAD, then let C talk once on each network so the bridges learn its MACs (on veth2 and veth5), and drop the
# neighbour entries that traffic created (their states depend on timing)
sleep 3
ip netns exec $C ping -q -c1 -W1 10.0.0.1 >/dev/null
ip netns exec $C ping -q -c1 -W1 172.18.0.1 >/dev/null
sleep 1
for n in $H $B $C; do ip -n $n neigh flush all; ip -n $n -6 neigh flush all; done

ip -n $B neigh add 10.0.0.3 lladdr 02:42:0a:00:00:03 dev vxlan1 nud permanent
ip -n $B neigh add 10.0.0.5 lladdr 02:42:0a:00:00:05 dev vxlan1 nud permanent
ip -n $B neigh add 10.0.0.2 lladdr 02:42:0a:00:00:02 dev br0 nud reachable
ip -n $B neigh add 10.0.0.4 lladdr 02:42:0a:00:00:04 dev br0 nud stale
ip -n $B neigh add 10.0.0.9 dev br0 nud incomplete
ip -n $B neigh add 10.0.0.10 dev br0 nud failed
bridge -n $B fdb add 02:42:0a:00:00:03 dev vxlan1 dst 192.168.99.102 self permanent
bridge -n $B fdb add 02:42:0a:00:00:05 dev vxlan1 dst 192.168.99.103 self permanent
bridge -n $B fdb add 02:42:0a:00:00:07 dev vxlan1 dst 192.168.99.102 self permanent

# list from inside each namespace with /run/netns hidden, as a container sees it: peers are
# then shown as link-netnsid N rather than by name
in_ns() { n=$1; shift; nsenter --net=/run/netns/$n unshare -m sh -c 'mount -t tmpfs none /run/netns && exec "$@"' sh "$@"; }
for pair in h:$H b:$B c:$C d:$D; do
  short=${pair%%:*}; n=${pair#*:}
  in_ns $n ip addr > "$out/$short.addr.golden"
  in_ns $n ip link > "$out/$short.link.golden"
  in_ns $n ip route > "$out/$short.route.golden"
  in_ns $n ip route show table local > "$out/$short.route-local.golden"
  in_ns $n ip neigh > "$out/$short.neigh.golden"
  in_ns $n bridge fdb show > "$out/$short.fdb.golden"
done
