package org.extranet.nodes;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

/** An SMTP server on a free loopback port (GreenMail) that every node of the test sends to. */
final class CaughtMail implements AutoCloseable {

    private final GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    CaughtMail() {
        smtp.start();
    }

    int port() {
        return smtp.getSmtp().getPort();
    }

    /** The recipients of every mail received for the domain, once per mail. */
    List<String> recipients(String domain) {
        return Arrays.stream(smtp.getReceivedMessages()).map(message -> {
            try {
                return message.getAllRecipients()[0].toString();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).filter(recipient -> recipient.endsWith("@" + domain)).toList();
    }

    @Override
    public void close() {
        smtp.stop();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
