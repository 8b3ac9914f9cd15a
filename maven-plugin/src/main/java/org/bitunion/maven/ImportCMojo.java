package org.bitunion.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.bitunion.cimport.CImporter;
import org.bitunion.cimport.ImportException;
import org.bitunion.cimport.gcc.Toolchain;
import org.bitunion.cimport.mapping.ProcessorFeature;
import org.bitunion.cimport.mapping.Refusal;

/**
 * Imports C structs and unions as {@code @Bitfield} declarations during {@code generate-sources}, as the
 * {@code bitunion-cimport} command line does, and adds the output as a source root so the bitunion processor
 * generates their accessors in the same build. Nothing is redone while the headers (every file gcc read for them)
 * and this configuration are unchanged.
 */
@Mojo(name = "import-c", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class ImportCMojo extends AbstractMojo {
    /** Header files (relative to the project) or system headers as they are included: {@code linux/ip.h}. */
    @Parameter(required = true)
    private List<String> headers;

    /** Struct or union names (tag or typedef) to import; empty: every one with a bitfield that the headers declare. */
    @Parameter
    private List<String> types = new ArrayList<>();

    /** The Java package of the declarations. */
    @Parameter(required = true)
    private String packageName;

    /** Include directories for gcc ({@code -I}). */
    @Parameter
    private List<File> includeDirectories = new ArrayList<>();

    @Parameter(defaultValue = "${project.build.directory}/generated-sources/bitunion-c", required = true)
    private File outputDirectory;

    /**
     * The gcc to run. Like PATH, it names a tool rather than an input: changing it alone does not redo an import
     * that is up to date ({@code mvn clean} does).
     */
    @Parameter(property = "bitunion.gcc", defaultValue = "gcc")
    private String gcc;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** This plugin's version: a new bitunion may write different sources, so it redoes the import. */
    @Parameter(defaultValue = "${plugin.version}", readonly = true, required = true)
    private String pluginVersion;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Path output = outputDirectory.toPath();
        project.addCompileSourceRoot(output.toString());
        List<String> resolvedHeaders = new ArrayList<>();
        for (String header : headers) {
            File file = new File(header);
            File inProject = file.isAbsolute() ? file : new File(project.getBasedir(), header);
            resolvedHeaders.add(inProject.isFile() ? inProject.getAbsolutePath() : header);
        }
        List<Path> includes = includeDirectories.stream()
                .map(directory -> (directory.isAbsolute() ? directory : new File(project.getBasedir(),
                        directory.getPath())).toPath())
                .toList();
        String configuration = String.join("\n", "bitunion=" + pluginVersion, "headers=" + resolvedHeaders,
                "types=" + types,
                "package=" + packageName, "includes=" + includes);
        Path stampFile = Path.of(project.getBuild().getDirectory(), "bitunion-c-import.stamp");
        try {
            Optional<ImportStamp> previous = ImportStamp.read(stampFile);
            if (previous.isPresent() && previous.get().upToDate(configuration)) {
                getLog().info("bitunion: C import is up to date (" + String.join(", ", headers) + ")");
                return;
            }
            ImportStamp.deleteOutputs(stampFile);
            Files.deleteIfExists(stampFile);
            CImporter importer = new CImporter(new Toolchain(gcc, "readelf"), ProcessorFeature.supported());
            CImporter.Result result = importer.run(new CImporter.Request(resolvedHeaders, includes, types,
                    packageName, output));
            for (Refusal refusal : result.refusals()) {
                getLog().warn("bitunion: refused " + refusal.message());
            }
            getLog().info("bitunion: imported " + result.imported().size() + " of " + result.candidates()
                    + " C types into " + output + ": " + String.join(", ", result.imported()));
            if (result.imported().isEmpty()) {
                throw new MojoFailureException("bitunion: no C type could be imported from "
                        + String.join(", ", headers) + " (see the refusals above)");
            }
            new ImportStamp(configuration, result.inputs(), result.written()).write(stampFile);
        } catch (ImportException e) {
            throw new MojoFailureException("bitunion: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("bitunion: " + e.getMessage(), e);
        }
    }
}
