package io.swarmsim.engine.views;

import java.util.ArrayList;
import java.util.List;

/**
 * Go's {@code text/tabwriter} with a space pad character and no flags, as the Docker CLI uses it:
 * cells end at a tab, the text after a line's last tab is not part of any column, and a column's
 * width is computed per block of consecutive lines that have a cell in it (Go's recursive
 * {@code format}).
 */
final class TabWriter {
    private final int minWidth;
    private final int padding;
    private final List<String[]> lines = new ArrayList<>();

    /** {@code tabwriter.NewWriter(out, minWidth, tabwidth, padding, ' ', 0)}; tabwidth only matters for tab padding. */
    TabWriter(int minWidth, int padding) {
        this.minWidth = minWidth;
        this.padding = padding;
    }

    /** Docker's own tables before the formatter package: {@code NewWriter(out, 0, 4, 2, ' ', 0)}. */
    static TabWriter plain() {
        return new TabWriter(0, 2);
    }

    /** The CLI formatter's tables ({@code docker ps}, and most listings from 17.06): {@code NewWriter(out, 20, 1, 3, ' ', 0)}. */
    static TabWriter formatter() {
        return new TabWriter(20, 3);
    }

    /** Adds one line; {@code text} holds tab-separated cells and no newline. */
    TabWriter line(String text) {
        lines.add(text.split("\t", -1));
        return this;
    }

    TabWriter row(String... cells) {
        return line(String.join("\t", cells));
    }

    String render() {
        StringBuilder out = new StringBuilder();
        format(out, new ArrayList<>(), 0, lines.size());
        return out.toString();
    }

    private void format(StringBuilder out, List<Integer> widths, int line0, int line1) {
        int column = widths.size();
        for (int i = line0; i < line1; i++) {
            if (column >= lines.get(i).length - 1) {
                continue;
            }
            write(out, widths, line0, i);
            line0 = i;
            int width = minWidth;
            for (; i < line1; i++) {
                String[] cells = lines.get(i);
                if (column >= cells.length - 1) {
                    break;
                }
                width = Math.max(width, cells[column].codePointCount(0, cells[column].length()) + padding);
            }
            widths.add(width);
            format(out, widths, line0, i);
            widths.remove(widths.size() - 1);
            line0 = i;
            i--;
        }
        write(out, widths, line0, line1);
    }

    private void write(StringBuilder out, List<Integer> widths, int from, int to) {
        for (int i = from; i < to; i++) {
            String[] cells = lines.get(i);
            for (int j = 0; j < cells.length; j++) {
                out.append(cells[j]);
                if (j < widths.size()) {
                    out.append(" ".repeat(Math.max(0, widths.get(j) - cells[j].codePointCount(0, cells[j].length()))));
                }
            }
            out.append('\n');
        }
    }
}
