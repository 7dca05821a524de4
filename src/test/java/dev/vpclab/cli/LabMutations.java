package dev.vpclab.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeded mutations of a lab file's text, structural and textual, as a careless edit, a cut-off
 * download or a hostile file would make them: lines deleted or duplicated, the file cut off, a
 * character flipped, values swapped between keys, YAML specials inserted.
 */
final class LabMutations {
    /** YAML with a meaning of its own, and values the reader must refuse politely. */
    private static final List<String> SPECIALS =
            List.of(
                    "&a ",
                    "*a",
                    "*missing",
                    "!!binary ",
                    "!!int ",
                    "!!map ",
                    "!custom ",
                    "? ",
                    "{",
                    "}",
                    "[",
                    "]",
                    "\"",
                    "'",
                    "|",
                    ">-",
                    "~",
                    "null",
                    "''",
                    "\"\"",
                    "\t",
                    "# ",
                    "---\n",
                    "...\n",
                    "\\x",
                    "\\u12",
                    "@",
                    "`",
                    "%YAML 1.1\n---\n",
                    "<<: *a\n",
                    "0x1F",
                    ".inf",
                    "-.nan",
                    "-1",
                    "99999999999999999999",
                    "1e400",
                    "0o17",
                    "2026-12-07",
                    "yes",
                    "true",
                    ": ",
                    "- ",
                    ",",
                    "\u0000",
                    "\uFEFF",
                    "\uD800",
                    "\u00e9",
                    "\ud55c",
                    "\n  ",
                    "\n- ",
                    "\r",
                    "[]",
                    "{}",
                    "-0",
                    "10.0.0.0/33",
                    "::/0",
                    "256.1.1.1",
                    "65536",
                    "0-65535",
                    "all");

    private static final Pattern KEY_VALUE = Pattern.compile("^(\\s*(?:-\\s+)?[A-Za-z]+:\\s)(.+)$");

    private final Random random;

    LabMutations(Random random) {
        this.random = random;
    }

    /** One to three mutations of the text. */
    String mutate(String text) {
        String out = text;
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            out = once(out);
        }
        return out;
    }

    private String once(String text) {
        if (text.isEmpty()) {
            return special();
        }
        return switch (random.nextInt(8)) {
            case 0 -> deleteLine(text);
            case 1 -> duplicateLine(text);
            case 2 -> text.substring(0, random.nextInt(text.length()));
            case 3 -> flip(text);
            case 4 -> swapValues(text);
            case 5 -> insert(text, special());
            case 6 -> replaceValue(text);
            default -> swapFlowValues(text);
        };
    }

    private String special() {
        return SPECIALS.get(random.nextInt(SPECIALS.size()));
    }

    private List<String> lines(String text) {
        return new ArrayList<>(List.of(text.split("\n", -1)));
    }

    private String deleteLine(String text) {
        List<String> lines = lines(text);
        lines.remove(random.nextInt(lines.size()));
        return String.join("\n", lines);
    }

    private String duplicateLine(String text) {
        List<String> lines = lines(text);
        int i = random.nextInt(lines.size());
        lines.add(random.nextInt(lines.size() + 1), lines.get(i));
        return String.join("\n", lines);
    }

    private String flip(String text) {
        int at = random.nextInt(text.length());
        String chars = "-:{}[],&*!|>'\"#%@` \t\n0az9Z.";
        char c = chars.charAt(random.nextInt(chars.length()));
        return text.substring(0, at) + c + text.substring(at + 1);
    }

    private String insert(String text, String what) {
        int at = random.nextInt(text.length() + 1);
        return text.substring(0, at) + what + text.substring(at);
    }

    /** Swaps the values of two {@code key: value} lines (a cidr where an id was, and so on). */
    private String swapValues(String text) {
        List<String> lines = lines(text);
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (KEY_VALUE.matcher(lines.get(i)).matches()) {
                candidates.add(i);
            }
        }
        if (candidates.size() < 2) {
            return flip(text);
        }
        int a = candidates.get(random.nextInt(candidates.size()));
        int b = candidates.get(random.nextInt(candidates.size()));
        Matcher ma = KEY_VALUE.matcher(lines.get(a));
        Matcher mb = KEY_VALUE.matcher(lines.get(b));
        ma.matches();
        mb.matches();
        lines.set(a, ma.group(1) + mb.group(2));
        lines.set(b, mb.group(1) + ma.group(2));
        return String.join("\n", lines);
    }

    /** Replaces one value with a YAML special, an empty text or a null. */
    private String replaceValue(String text) {
        Matcher m = Pattern.compile(": ([^,{}\\[\\]\\n]+)").matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(1), m.end(1)});
        }
        if (spans.isEmpty()) {
            return insert(text, special());
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        String with = random.nextBoolean() ? special() : random.nextBoolean() ? "''" : "null";
        return text.substring(0, span[0]) + with + text.substring(span[1]);
    }

    /** Swaps two values inside flow mappings ({@code {kind: vpc, id: vpc-a}}). */
    private String swapFlowValues(String text) {
        Matcher m = Pattern.compile(": ([^,{}\\[\\]\\n]+)").matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(1), m.end(1)});
        }
        if (spans.size() < 2) {
            return insert(text, special());
        }
        int[] a = spans.get(random.nextInt(spans.size()));
        int[] b = spans.get(random.nextInt(spans.size()));
        if (a[0] == b[0]) {
            return text;
        }
        int[] first = a[0] < b[0] ? a : b;
        int[] second = a[0] < b[0] ? b : a;
        return text.substring(0, first[0])
                + text.substring(second[0], second[1])
                + text.substring(first[1], second[0])
                + text.substring(first[0], first[1])
                + text.substring(second[1]);
    }
}
