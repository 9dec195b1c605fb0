package org.organizer.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local SMTP server for benchmarks that accepts every message and throws it away, in its own JVM. GreenMail
 * (used by the tests) keeps a mailbox per recipient and slows down as 100,000 recipients accumulate, which
 * made the sink the bottleneck; this one does constant work per message. It speaks just the part of SMTP a
 * sender needs (RFC 5321: greeting, EHLO/HELO, MAIL, RCPT, DATA with dot-termination, RSET, NOOP, QUIT).
 * Prints "listening <port>" once ready, then the number of messages received every five seconds.
 */
public final class SmtpSink {

    private static final AtomicLong RECEIVED = new AtomicLong();

    private SmtpSink() {}

    /** A sink a benchmark started in a JVM of its own; closing it stops that JVM. */
    record Running(Process process, int port) implements AutoCloseable {
        @Override
        public void close() {
            process.destroy();
        }
    }

    /** Starts a sink in a JVM of its own, with this JVM's class path, and returns once it listens. */
    static Running startInOwnJvm() throws IOException {
        Process sink = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElseThrow(),
                        "-Xmx256m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        SmtpSink.class.getName())
                .redirectErrorStream(true)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(sink.getInputStream()));
        String line;
        while ((line = out.readLine()) != null && !line.startsWith("listening ")) {
            // what it prints before it listens
        }
        if (line == null) {
            sink.destroy();
            throw new IllegalStateException("the SMTP sink did not start");
        }
        int port = Integer.parseInt(line.substring("listening ".length()));
        // Keep reading its log, or the sink blocks on a full pipe and stops answering.
        Thread.ofVirtual().start(() -> out.lines().forEach(ignored -> {}));
        return new Running(sink, port);
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        try (ServerSocket server = new ServerSocket(port, 512, InetAddress.getLoopbackAddress())) {
            System.out.println("listening " + server.getLocalPort());
            Thread.ofVirtual().start(SmtpSink::report);
            while (true) {
                Socket client = server.accept();
                Thread.ofVirtual().start(() -> serve(client));
            }
        }
    }

    private static void serve(Socket client) {
        try (client;
                BufferedReader in = new BufferedReader(
                        new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
                OutputStream out = client.getOutputStream()) {
            reply(out, "220 sink ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() < 4 ? line : line.substring(0, 4).toUpperCase(Locale.ROOT);
                switch (command) {
                    case "EHLO" -> reply(out, "250-sink\r\n250 8BITMIME");
                    case "DATA" -> {
                        reply(out, "354 end with <CRLF>.<CRLF>");
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            // the message is not kept
                        }
                        RECEIVED.incrementAndGet();
                        reply(out, "250 accepted");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "250 OK"); // HELO, MAIL, RCPT, RSET, NOOP
                }
            }
        } catch (IOException e) {
            // the sender went away
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static void report() {
        while (true) {
            try {
                Thread.sleep(5000);
            } catch (InterruptedException e) {
                return;
            }
            System.out.println("received " + RECEIVED.get());
        }
    }
}
