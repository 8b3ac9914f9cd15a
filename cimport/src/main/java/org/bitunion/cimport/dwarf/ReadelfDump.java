package org.bitunion.cimport.dwarf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The debugging information of one compilation unit, read from the text of {@code readelf --debug-dump=info}
 * and {@code readelf --debug-dump=rawline}.
 *
 * <p>Why readelf's text rather than a binary DWARF reader: binutils is on every machine that has gcc, its
 * listing already resolves abbreviations, forms and string sections (DWARF 4 and 5 alike), and what we need is
 * a few attributes of type entries. No maintained Java library reads DWARF from an object file without native
 * code.
 */
public final class ReadelfDump {
    private static final Pattern ENTRY = Pattern.compile(
            "^\\s*<(\\d+)><([0-9a-f]+)>: Abbrev Number: (\\d+)(?: \\(DW_TAG_(\\w+)\\))?.*$");
    private static final Pattern ATTRIBUTE = Pattern.compile("^\\s*<[0-9a-f]+>\\s+DW_AT_(\\w+)\\s*:\\s?(.*)$");
    private static final Pattern INDIRECT = Pattern.compile("^\\((?:indirect (?:line )?string|alt indirect string)"
            + "[^)]*\\):\\s?(.*)$");
    private static final Pattern DIRECTORY = Pattern.compile("^\\s*(\\d+)\\s+(?:\\([^)]*\\):\\s?)?(.*)$");
    private static final Pattern FILE = Pattern.compile("^\\s*(\\d+)\\s+(\\d+)\\s+(?:\\([^)]*\\):\\s?)?(.*)$");

    private final List<Die> topLevel;
    private final Map<Long, Die> byOffset;
    private final Map<Long, String> files;

    private ReadelfDump(List<Die> topLevel, Map<Long, Die> byOffset, Map<Long, String> files) {
        this.topLevel = topLevel;
        this.byOffset = byOffset;
        this.files = files;
    }

    /** Parses the two listings; {@code lines} may be empty (declaring files are then unknown). */
    public static ReadelfDump parse(String info, String lines) {
        Map<Long, Die> byOffset = new HashMap<>();
        List<Die> topLevel = new ArrayList<>();
        Deque<Die> open = new ArrayDeque<>();
        Die current = null;
        for (String line : info.split("\n")) {
            Matcher entry = ENTRY.matcher(line);
            if (entry.matches()) {
                int depth = Integer.parseInt(entry.group(1));
                String tag = entry.group(4);
                while (open.size() > depth) {
                    open.pop();
                }
                if (tag == null) {
                    // Abbrev Number 0: the end of a sibling chain.
                    current = null;
                    continue;
                }
                Die die = new Die(Long.parseLong(entry.group(2), 16), tag);
                byOffset.put(die.offset(), die);
                if (depth == 1) {
                    topLevel.add(die);
                } else if (depth > 1) {
                    Die parent = open.peek();
                    if (parent == null) {
                        throw new DwarfFormatException("entry without a parent: " + line.trim());
                    }
                    parent.addChild(die);
                }
                open.push(die);
                current = die;
                continue;
            }
            Matcher attribute = ATTRIBUTE.matcher(line);
            if (attribute.matches() && current != null) {
                String value = attribute.group(2);
                Matcher indirect = INDIRECT.matcher(value);
                current.put(attribute.group(1), indirect.matches() ? indirect.group(1) : value);
            }
        }
        return new ReadelfDump(Collections.unmodifiableList(topLevel), byOffset, parseFiles(lines));
    }

    /** DWARF 5's directory and file-name tables: file index to path. */
    private static Map<Long, String> parseFiles(String lines) {
        Map<Long, String> directories = new HashMap<>();
        Map<Long, String> files = new HashMap<>();
        String table = "";
        for (String line : lines.split("\n")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("The Directory Table")) {
                table = "dir";
                continue;
            }
            if (trimmed.startsWith("The File Name Table")) {
                table = "file";
                continue;
            }
            if (trimmed.isEmpty() || trimmed.startsWith("Entry")) {
                if (trimmed.isEmpty()) {
                    table = "";
                }
                continue;
            }
            if (table.equals("dir")) {
                Matcher matcher = DIRECTORY.matcher(line);
                if (matcher.matches()) {
                    directories.put(Long.parseLong(matcher.group(1)), matcher.group(2).trim());
                }
            } else if (table.equals("file")) {
                Matcher matcher = FILE.matcher(line);
                if (matcher.matches()) {
                    String directory = directories.getOrDefault(Long.parseLong(matcher.group(2)), "");
                    String name = matcher.group(3).trim();
                    files.put(Long.parseLong(matcher.group(1)),
                            name.startsWith("/") || directory.isEmpty() ? name : directory + "/" + name);
                }
            }
        }
        return files;
    }

    /** The entries directly under the compilation unit, in order. */
    public List<Die> topLevel() {
        return topLevel;
    }

    public Die at(long offset) {
        Die die = byOffset.get(offset);
        if (die == null) {
            throw new DwarfFormatException("no entry at <0x" + Long.toHexString(offset) + ">");
        }
        return die;
    }

    /** The path of the file that declares {@code die}, if the line table names it. */
    public Optional<String> declaringFile(Die die) {
        return die.number("decl_file").map(files::get);
    }
}
