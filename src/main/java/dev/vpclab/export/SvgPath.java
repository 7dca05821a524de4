package dev.vpclab.export;

import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;

/**
 * Parses SVG path data (the commands M, L, H, V, C, S, Q, T, A, Z in both cases) into a Java2D path
 * with the even-odd rule, as the icons are drawn on the canvas.
 */
final class SvgPath {
    private final String d;
    private int pos;

    private SvgPath(String d) {
        this.d = d;
    }

    /** The path of {@code d}; what cannot be parsed ends the path there. */
    static Path2D parse(String d) {
        return new SvgPath(d).run();
    }

    private Path2D run() {
        Path2D.Double p = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        double x = 0;
        double y = 0;
        double startX = 0;
        double startY = 0;
        double ctrlX = 0;
        double ctrlY = 0;
        char cmd = 0;
        char prev = 0;
        try {
            while (true) {
                skipSeparators();
                if (pos >= d.length()) {
                    break;
                }
                char c = d.charAt(pos);
                if (Character.isLetter(c)) {
                    cmd = c;
                    pos++;
                } else if (cmd == 0) {
                    break;
                } else if (cmd == 'M') {
                    cmd = 'L'; // further pairs after a moveto are linetos
                } else if (cmd == 'm') {
                    cmd = 'l';
                }
                boolean rel = Character.isLowerCase(cmd);
                double ox = rel ? x : 0;
                double oy = rel ? y : 0;
                switch (Character.toUpperCase(cmd)) {
                    case 'M' -> {
                        x = ox + num();
                        y = oy + num();
                        p.moveTo(x, y);
                        startX = x;
                        startY = y;
                    }
                    case 'L' -> {
                        x = ox + num();
                        y = oy + num();
                        p.lineTo(x, y);
                    }
                    case 'H' -> {
                        x = ox + num();
                        p.lineTo(x, y);
                    }
                    case 'V' -> {
                        y = oy + num();
                        p.lineTo(x, y);
                    }
                    case 'C' -> {
                        double x1 = ox + num();
                        double y1 = oy + num();
                        ctrlX = ox + num();
                        ctrlY = oy + num();
                        x = ox + num();
                        y = oy + num();
                        p.curveTo(x1, y1, ctrlX, ctrlY, x, y);
                    }
                    case 'S' -> {
                        boolean smooth = "CcSs".indexOf(prev) >= 0;
                        double x1 = smooth ? 2 * x - ctrlX : x;
                        double y1 = smooth ? 2 * y - ctrlY : y;
                        ctrlX = ox + num();
                        ctrlY = oy + num();
                        x = ox + num();
                        y = oy + num();
                        p.curveTo(x1, y1, ctrlX, ctrlY, x, y);
                    }
                    case 'Q' -> {
                        ctrlX = ox + num();
                        ctrlY = oy + num();
                        x = ox + num();
                        y = oy + num();
                        p.quadTo(ctrlX, ctrlY, x, y);
                    }
                    case 'T' -> {
                        boolean smooth = "QqTt".indexOf(prev) >= 0;
                        ctrlX = smooth ? 2 * x - ctrlX : x;
                        ctrlY = smooth ? 2 * y - ctrlY : y;
                        x = ox + num();
                        y = oy + num();
                        p.quadTo(ctrlX, ctrlY, x, y);
                    }
                    case 'A' -> {
                        double rx = num();
                        double ry = num();
                        double angle = num();
                        boolean large = flag();
                        boolean sweep = flag();
                        double nx = ox + num();
                        double ny = oy + num();
                        arc(p, x, y, rx, ry, angle, large, sweep, nx, ny);
                        x = nx;
                        y = ny;
                    }
                    case 'Z' -> {
                        p.closePath();
                        x = startX;
                        y = startY;
                    }
                    default -> {
                        return p;
                    }
                }
                prev = cmd;
            }
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            // Malformed data: keep what was parsed, as browsers do.
        }
        return p;
    }

    private void skipSeparators() {
        while (pos < d.length()) {
            char c = d.charAt(pos);
            if (c == ',' || Character.isWhitespace(c)) {
                pos++;
            } else {
                break;
            }
        }
    }

    private boolean flag() {
        skipSeparators();
        char c = d.charAt(pos++);
        if (c != '0' && c != '1') {
            throw new NumberFormatException("arc flag " + c);
        }
        return c == '1';
    }

    private double num() {
        skipSeparators();
        int start = pos;
        if (pos < d.length() && (d.charAt(pos) == '-' || d.charAt(pos) == '+')) {
            pos++;
        }
        boolean dot = false;
        while (pos < d.length()) {
            char c = d.charAt(pos);
            if (Character.isDigit(c)) {
                pos++;
            } else if (c == '.' && !dot) {
                dot = true;
                pos++;
            } else if ((c == 'e' || c == 'E') && pos > start) {
                pos++;
                if (pos < d.length() && (d.charAt(pos) == '-' || d.charAt(pos) == '+')) {
                    pos++;
                }
            } else {
                break;
            }
        }
        return Double.parseDouble(d.substring(start, pos));
    }

    /** An elliptical arc in endpoint form (SVG 1.1, appendix F.6), appended as curves. */
    private static void arc(
            Path2D p,
            double x0,
            double y0,
            double rx,
            double ry,
            double angleDeg,
            boolean large,
            boolean sweep,
            double x,
            double y) {
        if (x0 == x && y0 == y) {
            return;
        }
        rx = Math.abs(rx);
        ry = Math.abs(ry);
        if (rx == 0 || ry == 0) {
            p.lineTo(x, y);
            return;
        }
        double phi = Math.toRadians(angleDeg % 360);
        double cos = Math.cos(phi);
        double sin = Math.sin(phi);
        double dx2 = (x0 - x) / 2;
        double dy2 = (y0 - y) / 2;
        double x1 = cos * dx2 + sin * dy2;
        double y1 = -sin * dx2 + cos * dy2;
        double lambda = (x1 * x1) / (rx * rx) + (y1 * y1) / (ry * ry);
        if (lambda > 1) {
            rx *= Math.sqrt(lambda);
            ry *= Math.sqrt(lambda);
        }
        double num = rx * rx * ry * ry - rx * rx * y1 * y1 - ry * ry * x1 * x1;
        double den = rx * rx * y1 * y1 + ry * ry * x1 * x1;
        double coef = Math.sqrt(Math.max(0, num / den)) * (large == sweep ? -1 : 1);
        double cx1 = coef * rx * y1 / ry;
        double cy1 = -coef * ry * x1 / rx;
        double cx = cos * cx1 - sin * cy1 + (x0 + x) / 2;
        double cy = sin * cx1 + cos * cy1 + (y0 + y) / 2;
        double start = angle(1, 0, (x1 - cx1) / rx, (y1 - cy1) / ry);
        double extent = angle((x1 - cx1) / rx, (y1 - cy1) / ry, (-x1 - cx1) / rx, (-y1 - cy1) / ry);
        if (!sweep && extent > 0) {
            extent -= 2 * Math.PI;
        } else if (sweep && extent < 0) {
            extent += 2 * Math.PI;
        }
        // Arc2D measures angles clockwise-negative in a y-down space: draw on the unrotated
        // ellipse, then rotate about the centre.
        Arc2D.Double arc =
                new Arc2D.Double(
                        cx - rx,
                        cy - ry,
                        2 * rx,
                        2 * ry,
                        -Math.toDegrees(start),
                        -Math.toDegrees(extent),
                        Arc2D.OPEN);
        AffineTransform rotate = AffineTransform.getRotateInstance(phi, cx, cy);
        p.append(rotate.createTransformedShape(arc).getPathIterator(null), true);
        Point2D end = p.getCurrentPoint();
        if (end != null && (Math.abs(end.getX() - x) > 1e-6 || Math.abs(end.getY() - y) > 1e-6)) {
            p.lineTo(x, y);
        }
    }

    private static double angle(double ux, double uy, double vx, double vy) {
        double dot = ux * vx + uy * vy;
        double len = Math.hypot(ux, uy) * Math.hypot(vx, vy);
        double a = Math.acos(Math.max(-1, Math.min(1, dot / len)));
        return ux * vy - uy * vx < 0 ? -a : a;
    }
}
