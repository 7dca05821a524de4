package dev.vpclab.routing;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.Flow;
import dev.vpclab.net.IpAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The verdict of one traced pair with its two ends taken out: the ids and own addresses of the
 * source and destination replaced by placeholders wherever the verdict names them (the component
 * that blocked, the rule that matched, the related components, the arguments of the explanation and
 * fix, the dropped packet's header). Stamping it with another pair of the same two classes gives
 * exactly the verdict a trace of that pair gives; equal stamps are shared, so a matrix of millions
 * of pairs keeps a few thousand of them.
 *
 * @param marked whether any placeholder is inside (else every pair shares the same blockedAt)
 */
record CellStamp(
        boolean reachable,
        boolean networkReachable,
        Optional<Authorization> authorization,
        Optional<BlockedAt> blockedAt,
        boolean marked) {
    private static final char OPEN = '\u0001';
    private static final char CLOSE = '\u0002';
    private static final String SOURCE = mark("S");
    private static final String DESTINATION = mark("D");

    /** The marks of the first own addresses of each end, made once (every cell needs them). */
    private static final String[][] ADDRESS_MARKS = {marks("S"), marks("D")};

    /** An end of a pair: its id and its own addresses (null where an optional one is absent). */
    record End(String id, List<IpAddress> addresses) {
        End {
            addresses = java.util.Collections.unmodifiableList(new ArrayList<>(addresses));
        }
    }

    /** The stamp of a trace of the pair {@code from -> to}. */
    static CellStamp of(Trace trace, End from, End to) {
        Rewrite out = new Rewrite(false);
        out.put(from.id(), SOURCE);
        out.put(to.id(), DESTINATION);
        for (int i = 0; i < from.addresses().size(); i++) {
            out.address(from.addresses().get(i), addressMark(0, i), placeholder(1, i));
        }
        for (int i = 0; i < to.addresses().size(); i++) {
            out.address(to.addresses().get(i), addressMark(1, i), placeholder(2, i));
        }
        Optional<BlockedAt> blocked = trace.blockedAt().map(out::apply);
        boolean marked = blocked.isPresent() && out.changed;
        return new CellStamp(
                trace.reachable(),
                trace.networkReachable(),
                trace.authorization(),
                blocked,
                marked);
    }

    /** The cell of another pair of the same classes. */
    ReachabilityMatrix.Cell cell(String to, Flow flow, End fromEnd, End toEnd) {
        Optional<BlockedAt> blocked = blockedAt;
        if (marked) {
            Rewrite in = new Rewrite(true);
            in.put(SOURCE, fromEnd.id());
            in.put(DESTINATION, toEnd.id());
            for (int i = 0; i < fromEnd.addresses().size(); i++) {
                in.address(placeholder(1, i), fromEnd.addresses().get(i));
                in.addressText(addressMark(0, i), fromEnd.addresses().get(i));
            }
            for (int i = 0; i < toEnd.addresses().size(); i++) {
                in.address(placeholder(2, i), toEnd.addresses().get(i));
                in.addressText(addressMark(1, i), toEnd.addresses().get(i));
            }
            blocked = blockedAt.map(in::apply);
        }
        return new ReachabilityMatrix.Cell(
                flow.from(), to, flow, reachable, networkReachable, authorization, blocked);
    }

    /** Characters of ids and addresses: a value is replaced only as a whole token. */
    static boolean tokenChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == ':';
    }

    private static String mark(String name) {
        return OPEN + name + CLOSE;
    }

    private static String[] marks(String end) {
        String[] marks = new String[8];
        for (int i = 0; i < marks.length; i++) {
            marks[i] = mark(end + i);
        }
        return marks;
    }

    /** The mark of an end's (0 source, 1 destination) own address at this index. */
    private static String addressMark(int end, int index) {
        String[] made = ADDRESS_MARKS[end];
        return index < made.length ? made[index] : mark((end == 0 ? "S" : "D") + index);
    }

    /**
     * An address standing for an end's own address inside a packet header: in the IPv6 discard
     * prefix 100::/64 (RFC 6666), which no lab routes or assigns.
     */
    private static IpAddress placeholder(int end, int index) {
        return IpAddress.ofV6(0x0100_0000_0000_0000L, ((long) end << 32) | index);
    }

    /** Replaces whole tokens and addresses throughout a blockedAt. */
    private static final class Rewrite {
        private final Map<String, String> texts = new HashMap<>();
        private final Map<IpAddress, IpAddress> addresses = new HashMap<>();
        private final boolean fromMarks;
        boolean changed;

        Rewrite(boolean fromMarks) {
            this.fromMarks = fromMarks;
        }

        void put(String from, String to) {
            texts.putIfAbsent(from, to);
        }

        void address(IpAddress from, String text, IpAddress stand) {
            if (from != null) {
                texts.putIfAbsent(from.toString(), text);
                addresses.putIfAbsent(from, stand);
            }
        }

        void address(IpAddress stand, IpAddress to) {
            if (to != null) {
                addresses.put(stand, to);
            }
        }

        void addressText(String text, IpAddress to) {
            if (to != null) {
                texts.put(text, to.toString());
            }
        }

        BlockedAt apply(BlockedAt b) {
            return new BlockedAt(
                    text(b.component()),
                    b.reason(),
                    b.leg(),
                    b.layer(),
                    b.matched().map(this::text),
                    b.related().stream().map(this::text).toList(),
                    message(b.detail()),
                    message(b.fix()),
                    b.packet()
                            .map(
                                    p ->
                                            new PacketHeader(
                                                    p.protocol(),
                                                    address(p.src()),
                                                    address(p.dst()),
                                                    p.srcPort(),
                                                    p.dstPort())));
        }

        private IpAddress address(IpAddress ip) {
            IpAddress to = addresses.get(ip);
            if (to == null) {
                return ip;
            }
            changed = true;
            return to;
        }

        private Message message(Message m) {
            List<Object> args = new ArrayList<>(m.args().size());
            for (Object a : m.args()) {
                args.add(
                        a instanceof Message inner
                                ? message(inner)
                                : a instanceof String str ? text(str) : a);
            }
            return new Message(m.key(), args);
        }

        /** The text with every whole-token occurrence of a key replaced by its value. */
        String text(String s) {
            if (fromMarks && s.indexOf(OPEN) < 0) {
                return s;
            }
            StringBuilder out = null;
            int copied = 0;
            int i = 0;
            while (i < s.length()) {
                if (i > 0 && tokenChar(s.charAt(i - 1)) && s.charAt(i) != OPEN) {
                    i++;
                    continue;
                }
                String hit = null;
                for (Map.Entry<String, String> e : texts.entrySet()) {
                    String k = e.getKey();
                    if (s.startsWith(k, i) && endsToken(s, i + k.length(), k)) {
                        hit = k;
                        break;
                    }
                }
                if (hit == null) {
                    i++;
                    continue;
                }
                if (out == null) {
                    out = new StringBuilder(s.length() + 16);
                }
                out.append(s, copied, i).append(texts.get(hit));
                i += hit.length();
                copied = i;
                changed = true;
            }
            return out == null ? s : out.append(s, copied, s.length()).toString();
        }

        /**
         * Whether a match ends a token: not followed by more of an id or address, nor by a prefix
         * length (10.0.1.5/32 is a block, not the address); an IPv4 address or id may be followed
         * by ":port".
         */
        private static boolean endsToken(String s, int end, String key) {
            if (end == s.length() || key.charAt(key.length() - 1) == CLOSE) {
                return true;
            }
            char next = s.charAt(end);
            if (next == '/') {
                return false;
            }
            if (next == ':') {
                return key.indexOf(':') < 0;
            }
            return !tokenChar(next);
        }
    }
}
