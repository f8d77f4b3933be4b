package io.swarmsim.live.serve;

import io.swarmsim.kernel.dns.DnsMessage;
import io.swarmsim.kernel.dns.DockerEmbeddedDns;
import io.swarmsim.kernel.dns.Forwarding;
import io.swarmsim.kernel.dns.ForwardingPolicy;
import io.swarmsim.kernel.dns.Resolution;
import io.swarmsim.kernel.dns.SandboxDnsView;
import io.swarmsim.kernel.dns.Transport;
import io.swarmsim.engine.loop.RandomStreams;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Docker's embedded DNS server for real: UDP and TCP sockets on 127.0.0.11 at the ports the
 * container's DOCKER_OUTPUT rules DNAT port 53 to, answering with the model's own logic
 * ({@link DockerEmbeddedDns#answer}) from the model's records, shuffled with the model's seeded
 * stream, so a real client gets the very answers, in the very order, the simulated one gets when
 * both ask the same questions in the same order. Queries are answered one at a time (the shuffle
 * stream is drawn in arrival order). A name the container's networks do not know is forwarded as
 * the model forwards it: to upstreams that never answer in the simulated underlay, so the
 * server waits {@link Forwarding#UPSTREAM_TIMEOUT_MILLIS} ms per upstream, as the model does.
 */
final class EmbeddedDnsResponder {
    private final DockerEmbeddedDns dns;
    private final SandboxDnsView view;
    private final SplittableRandom shuffle;
    private final ServerSpec.Dns spec;
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "dns-upstream-timer"));

    EmbeddedDnsResponder(ServerSpec spec) {
        this.spec = spec.dns().orElseThrow();
        this.dns = new DockerEmbeddedDns(this.spec.upstreams(), ForwardingPolicy.MOBY_CURRENT);
        this.view = this.spec.view();
        this.shuffle = new RandomStreams(spec.seed()).stream(spec.stream());
    }

    /** Binds both sockets (so the caller can say "ready" once they exist) and serves them on threads of their own. */
    void start() throws IOException {
        InetAddress address = InetAddress.getByName(DockerEmbeddedDns.ADDRESS.toString());
        DatagramSocket udp = new DatagramSocket(new InetSocketAddress(address, spec.udpPort()));
        ServerSocket tcp = new ServerSocket();
        tcp.bind(new InetSocketAddress(address, spec.tcpPort()));
        daemon(() -> serveUdp(udp), "dns-udp").start();
        daemon(() -> serveTcp(tcp), "dns-tcp").start();
    }

    private void serveUdp(DatagramSocket socket) {
        byte[] buf = new byte[65535];
        while (true) {
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            try {
                socket.receive(p);
            } catch (IOException e) {
                return;
            }
            byte[] wire = java.util.Arrays.copyOf(p.getData(), p.getLength());
            SocketAddress from = p.getSocketAddress();
            handle(wire, Transport.UDP, reply -> send(socket, reply, from));
        }
    }

    private static void send(DatagramSocket socket, byte[] reply, SocketAddress to) {
        try {
            socket.send(new DatagramPacket(reply, reply.length, to));
        } catch (IOException e) {
            // the client has gone; so does its answer, as in the model
        }
    }

    private void serveTcp(ServerSocket server) {
        while (true) {
            try {
                Socket s = server.accept();
                daemon(() -> serveConnection(s), "dns-tcp-conn").start();
            } catch (IOException e) {
                return;
            }
        }
    }

    /** DNS over TCP: each message behind a two-byte length, until the client closes. */
    private void serveConnection(Socket s) {
        try (s; DataInputStream in = new DataInputStream(s.getInputStream())) {
            DataOutputStream out = new DataOutputStream(s.getOutputStream());
            while (true) {
                byte[] wire = new byte[in.readUnsignedShort()];
                in.readFully(wire);
                handle(wire, Transport.TCP, reply -> {
                    synchronized (out) {
                        try {
                            out.writeShort(reply.length);
                            out.write(reply);
                            out.flush();
                        } catch (IOException e) {
                            // the client closed the connection
                        }
                    }
                });
            }
        } catch (EOFException e) {
            // the client is done
        } catch (IOException e) {
            // the connection broke; the client retries or gives up
        }
    }

    /** Decodes a query and acts on the model's decision; a message that is not DNS is dropped. */
    private void handle(byte[] wire, Transport transport, Consumer<byte[]> reply) {
        DnsMessage query;
        try {
            query = DnsMessage.decode(wire);
        } catch (RuntimeException e) {
            return;
        }
        Resolution r;
        synchronized (shuffle) {
            r = dns.answer(view, query, transport, shuffle);
        }
        act(r, reply);
    }

    private void act(Resolution r, Consumer<byte[]> reply) {
        if (r instanceof Resolution.Reply m) {
            reply.accept(m.message().encode());
        } else if (r instanceof Resolution.Forward f) {
            timers.schedule(() -> act(f.state().onFailure(), reply), Forwarding.UPSTREAM_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
