package org.organizer.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A local SMTP server for benchmarks (GreenMail), in its own JVM so it does not share the measured node's
 * heap. It accepts every message, counts them, and drops them every second so its memory stays small.
 * Prints "listening <port>" once ready, then the running count every five seconds.
 */
public final class SmtpSink {

    private SmtpSink() {}

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        System.out.println("listening " + server.getSmtp().getPort());
        long received = 0;
        for (int second = 1; ; second++) {
            Thread.sleep(1000);
            received += server.getReceivedMessages().length;
            server.purgeEmailFromAllMailboxes();
            if (second % 5 == 0) {
                System.out.println("received " + received);
            }
        }
    }
}
