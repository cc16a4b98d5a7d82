package org.sendsearch.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sendsearch.config.ConfigDirectory;
import org.sendsearch.engine.Engine;
import org.sendsearch.engine.ManagedNode;
import org.sendsearch.index.BackupManifest;
import org.sendsearch.index.IndexConfig;
import org.sendsearch.index.Snapshots;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code send-search restore DIR}: brings back a backup and swaps searches over to it in one step. */
@Command(
        name = "restore",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Restore the index from DIR, a folder made by send-search backup, on this or",
            "another data folder. The backup is restored beside the indices in use,",
            "checked (counts as in its manifest), and then searches are switched over in",
            "one step, as a rebuild does, and the old indices deleted: no downtime. If",
            "anything fails first, the indices in use are left as they were. An indexing",
            "run waits meanwhile. A backup made with another index-config is restored as",
            "it was, with a warning: the next index or up then rebuilds from the source",
            "files with the current config. With an existing cluster (--es-url), DIR must",
            "be on a path listed in the cluster's path.repo."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:restored",
            "1:not restored (the reason names DIR); the indices in use are unchanged",
            "2:bad usage"
        })
public final class RestoreCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "A folder made by send-search backup.")
    Path directory;

    @Mixin
    ConfigMixin configOptions;

    @Mixin
    LayoutMixin layoutOptions;

    @Mixin
    EngineMixin engineOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        // A wrong folder is reported before Elasticsearch is started or contacted; a
        // {@code BackupException} is reported by Main, by its message.
        BackupManifest.read(directory.toAbsolutePath().normalize());
        ConfigDirectory config = configOptions.config();
        String version = IndexConfig.load(config).version();
        try (Engine engine = Engine.open(engineOptions.engineOptions())) {
            Snapshots snapshots = new Snapshots(
                    engine.client(),
                    layoutOptions.layout(),
                    engine.node().map(ManagedNode::snapshotDirectory).orElse(null));
            Snapshots.Restore restore = snapshots.restore(directory, version);
            if (restore.configWarning() != null) {
                spec.commandLine().getErr().println("send-search: warning: " + restore.configWarning());
                spec.commandLine().getErr().flush();
            }
            spec.commandLine()
                    .getOut()
                    .printf(
                            "Restored %,d documents and %,d findings%s from %s (made %s); " + "searches now use %s%n",
                            restore.manifest().documents(),
                            restore.manifest().passages(),
                            restore.sourcesRestored() ? " and the list of sources" : "",
                            restore.directory(),
                            restore.manifest().created(),
                            String.join(", ", restore.live().values()));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
