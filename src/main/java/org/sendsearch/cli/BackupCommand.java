package org.sendsearch.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sendsearch.engine.Engine;
import org.sendsearch.engine.ManagedNode;
import org.sendsearch.index.BackupManifest;
import org.sendsearch.index.Snapshots;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code send-search backup DIR}: an Elasticsearch snapshot of the live indices, in a folder of its own. */
@Command(
        name = "backup",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Back up the index (documents, findings and the list of sources) into DIR, a",
            "new or empty folder, as an Elasticsearch snapshot plus",
            BackupManifest.FILE_NAME + " (which indices, their config version, when).",
            "send-search restore DIR brings it back, on this or another data folder,",
            "without extracting the documents again. Searches go on meanwhile; an",
            "indexing run waits until the backup is done. With the managed node the",
            "snapshot is staged in the node's own snapshot folder and copied to DIR. With",
            "an existing cluster (--es-url) the cluster writes DIR itself: DIR must be on",
            "a path every node of the cluster can reach, listed in their path.repo",
            "setting, and visible to this machine too."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:backed up", "1:not backed up (the reason names DIR); nothing was changed", "2:bad usage"})
public final class BackupCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "The folder to write the backup into (new, or empty).")
    Path directory;

    @Mixin
    LayoutMixin layoutOptions;

    @Mixin
    EngineMixin engineOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        // A folder that would be written over is reported before Elasticsearch is started or contacted;
        // a {@code BackupException} is reported by Main, by its message.
        Snapshots.checkNewFolder(directory.toAbsolutePath().normalize());
        try (Engine engine = Engine.open(engineOptions.engineOptions())) {
            Snapshots snapshots = new Snapshots(
                    engine.client(),
                    layoutOptions.layout(),
                    engine.node().map(ManagedNode::snapshotDirectory).orElse(null));
            Snapshots.Backup backup = snapshots.backup(directory);
            BackupManifest manifest = backup.manifest();
            spec.commandLine()
                    .getOut()
                    .printf(
                            "Backed up %,d documents and %,d findings%s into %s%n",
                            manifest.documents(),
                            manifest.passages(),
                            manifest.sourcesIndex() == null ? "" : " and the list of sources",
                            backup.directory());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
