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
                pump(server.getInputStream(), client.getOutputStream(), fromServer, client, server);
            } catch (IOException e) {
                // closed
            }
        }
    }

    private static void pump(InputStream in, OutputStream out, AtomicLong counter, Socket a, Socket b) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[64 * 1024];
            try (a; b) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    out.write(buffer, 0, n);
                    out.flush();
                    if (counter != null) {
                        counter.addAndGet(n);
                    }
                }
            } catch (IOException e) {
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
