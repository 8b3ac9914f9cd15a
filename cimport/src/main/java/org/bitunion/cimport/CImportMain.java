package org.bitunion.cimport;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bitunion.cimport.gcc.Toolchain;
import org.bitunion.cimport.mapping.ProcessorFeature;
import org.bitunion.cimport.mapping.Refusal;

/** The command line: {@code java -jar bitunion-cimport.jar --package PKG --out DIR [-I DIR]... [--type NAME]... HEADER...}. */
public final class CImportMain {
    static final String USAGE = """
            Usage: java -jar bitunion-cimport.jar --package PKG --out DIR [-I DIR]... [--type NAME]... HEADER...

            Imports the C structs and unions of HEADERs as bitunion @Bitfield interfaces, one Java source each,
            with gcc's layout on x86-64 (read from gcc's debugging information and checked against gcc).

              HEADER           a header file, or a system header as it is #included: linux/ip.h
              --package PKG    the Java package of the written sources
              --out DIR        where to write them (in PKG's directories)
              -I DIR           an include directory for gcc (repeatable; also -IDIR)
              --type NAME      import this struct or union (tag or typedef name; repeatable); without it, every
                               struct and union that HEADERs declare with at least one bitfield
              --gcc COMMAND    the gcc to run (default: gcc)
              --help           this text

            Types that cannot be imported exactly are refused with the reason, never approximated.
            Exit status: 0 when something was imported, 1 when nothing was (or on an error), 2 on a usage error.
            """;

    private CImportMain() {}

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the command line, as {@code --help} describes it
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the command line without exiting.
     *
     * @param args the command line, as {@code --help} describes it
     * @param out where the files written and the summary go
     * @param err where refusals and errors go
     * @return the exit status: 0 when something was imported, 1 when nothing was (or on an error), 2 on a usage
     *     error
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> headers = new ArrayList<>();
        List<Path> includes = new ArrayList<>();
        List<String> types = new ArrayList<>();
        String packageName = null;
        Path outDirectory = null;
        String gcc = "gcc";
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            try {
                switch (arg) {
                    case "--help", "-h" -> {
                        out.print(USAGE);
                        return 0;
                    }
                    case "--package" -> packageName = value(args, ++i, arg);
                    case "--out" -> outDirectory = Path.of(value(args, ++i, arg));
                    case "--type" -> types.add(value(args, ++i, arg));
                    case "-I" -> includes.add(Path.of(value(args, ++i, arg)));
                    case "--gcc" -> gcc = value(args, ++i, arg);
                    default -> {
                        if (arg.startsWith("-I") && arg.length() > 2) {
                            includes.add(Path.of(arg.substring(2)));
                        } else if (arg.startsWith("-")) {
                            throw new UsageException("unknown option " + arg);
                        } else {
                            headers.add(arg);
                        }
                    }
                }
            } catch (UsageException e) {
                return usageError(err, e.getMessage());
            }
        }
        if (packageName == null) {
            return usageError(err, "--package is required");
        }
        if (outDirectory == null) {
            return usageError(err, "--out is required");
        }
        if (headers.isEmpty()) {
            return usageError(err, "no HEADER given");
        }
        CImporter importer = new CImporter(new Toolchain(gcc, "readelf"), ProcessorFeature.supported());
        CImporter.Result result;
        try {
            result = importer.run(new CImporter.Request(headers, includes, types, packageName, outDirectory));
        } catch (ImportException e) {
            err.println("bitunion-cimport: " + e.getMessage());
            return 1;
        }
        for (Path file : result.written()) {
            out.println("wrote " + file);
        }
        for (Refusal refusal : result.refusals()) {
            err.println("refused " + refusal.message());
        }
        out.println("imported " + result.imported().size() + " of " + result.candidates() + " types"
                + (result.refusals().isEmpty() ? "" : "; refused " + result.refusals().size()));
        return result.imported().isEmpty() ? 1 : 0;
    }

    private static String value(String[] args, int index, String option) throws UsageException {
        if (index >= args.length) {
            throw new UsageException(option + " needs a value");
        }
        return args[index];
    }

    private static int usageError(PrintStream err, String message) {
        err.println("bitunion-cimport: " + message);
        err.println("Try --help.");
        return 2;
    }

    private static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message, null, false, false);
        }
    }
}
