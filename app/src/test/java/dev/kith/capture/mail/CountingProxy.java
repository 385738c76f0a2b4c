package dev.kith.capture.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback TCP proxy in front of a server that counts the bytes the server sent, so a test sees how much a
 * client made it send. A thread per direction and connection; closed with the test.
 */
final class CountingProxy implements AutoCloseable {
    private final ServerSocket socket;
    private final int target;
    private final AtomicLong fromServer = new AtomicLong();
    /** After the server sent this many bytes, the proxy stops passing them on and keeps the connection open. */
    volatile long stallAfter = Long.MAX_VALUE;
    /** After the server sent this many bytes, the proxy drops the connection. */
    volatile long cutAfter = Long.MAX_VALUE;

    CountingProxy(int target) throws IOException {
        this.target = target;
        this.socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::accept, "counting-proxy");
        t.setDaemon(true);
        t.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    /** Bytes the server sent through this proxy so far. */
    long fromServer() {
        return fromServer.get();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                pump(client.getInputStream(), server.getOutputStream(), null, client, server);
                pump(server.getInputStream(), client.getOutputStream(), this, client, server);
            } catch (IOException e) {
                // closed
            }
        }
    }

    private static void pump(InputStream in, OutputStream out, CountingProxy counting, Socket a, Socket b) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[64 * 1024];
            try (a; b) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    if (counting != null) {
                        long sent = counting.fromServer.get();
                        if (sent + n > counting.cutAfter) {
                            out.write(buffer, 0, (int) Math.max(0, counting.cutAfter - sent));
                            out.flush();
                            return;
                        }
                        if (sent + n > counting.stallAfter) {
                            out.write(buffer, 0, (int) Math.max(0, counting.stallAfter - sent));
                            out.flush();
                            Thread.sleep(Long.MAX_VALUE);
                        }
                        counting.fromServer.addAndGet(n);
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                // one side went away: both are closed
            }
        }, "counting-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
