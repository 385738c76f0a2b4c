package dev.kith.capture.mail;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An IMAP source pointed at a port where no IMAP server answers: the error says so, not "connection closed". */
class ImapWrongServerTest {
    /** A loopback server that greets every connection with {@code banner} (null: says nothing) and keeps it open. */
    private static ServerSocket greeting(String banner) throws IOException {
        ServerSocket socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            List<Socket> open = new java.util.ArrayList<>();
            while (!socket.isClosed()) {
                try {
                    Socket s = socket.accept();
                    open.add(s);
                    if (banner != null) {
                        OutputStream out = s.getOutputStream();
                        out.write(banner.getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                    }
                } catch (IOException e) {
                    // closed
                }
            }
        }, "wrong-server");
        t.setDaemon(true);
        t.start();
        return socket;
    }

    private static ImapSource source(int port, ImapAccount.Security security) {
        return new ImapSource(new ImapAccount("127.0.0.1", port, security, "ana", List.of()), "secret", Map.of(),
                Duration.ofSeconds(1));
    }

    @Test
    void anSshOrSmtpServerOnThePortIsNamedAsNotImapWithWhatItSaid() throws Exception {
        try (ServerSocket ssh = greeting("SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n");
             ServerSocket smtp = greeting("220 mail.example.org ESMTP Postfix\r\n")) {
            assertThatThrownBy(() -> source(ssh.getLocalPort(), ImapAccount.Security.NONE).read(new ImapDovecotTest.Recorded()))
                    .isInstanceOf(SourceException.class)
                    .hasMessageContaining("is not an IMAP server").hasMessageContaining("SSH-2.0-OpenSSH_9.2p1")
                    .hasMessageNotContaining("closed the connection").hasMessageNotContaining("next one starts");
            assertThatThrownBy(() -> source(smtp.getLocalPort(), ImapAccount.Security.NONE).read(new ImapDovecotTest.Recorded()))
                    .isInstanceOf(SourceException.class)
                    .hasMessageContaining("is not an IMAP server").hasMessageContaining("220 mail.example.org ESMTP");
        }
    }

    @Test
    void aServerThatSaysNothingIsNamedAsSendingNoGreetingWithTheTlsHint() throws Exception {
        try (ServerSocket silent = greeting(null)) {
            assertThatThrownBy(() -> source(silent.getLocalPort(), ImapAccount.Security.NONE).read(new ImapDovecotTest.Recorded()))
                    .isInstanceOf(SourceException.class)
                    .hasMessageContaining("sent no IMAP greeting within 1 second").hasMessageContaining("--security tls");
            assertThatThrownBy(() -> source(silent.getLocalPort(), ImapAccount.Security.TLS).read(new ImapDovecotTest.Recorded()))
                    .isInstanceOf(SourceException.class).hasMessageContaining("did not begin TLS within 1 second");
        }
    }
}
