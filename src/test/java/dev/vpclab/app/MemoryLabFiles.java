package dev.vpclab.app;

import dev.vpclab.check.Problem;
import dev.vpclab.check.SourceLocation;
import dev.vpclab.format.LoadResult;
import dev.vpclab.format.SourceMap;
import dev.vpclab.i18n.Message;
import dev.vpclab.model.Lab;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Lab files kept in memory; a path named {@code broken*} reads as a file with a syntax error. */
final class MemoryLabFiles implements LabFiles {
    final Map<Path, Lab> files = new HashMap<>();

    @Override
    public LoadResult read(Path file) {
        if (file.getFileName().toString().startsWith("broken")) {
            Problem p =
                    Problem.error(
                                    "YAML_SYNTAX",
                                    "vpc-1",
                                    "cidr",
                                    Message.of("format.empty", "vpclab/1"))
                            .at(new SourceLocation(file.toString(), 7, 3));
            return new LoadResult(Optional.empty(), List.of(p), SourceMap.empty(file.toString()));
        }
        Lab lab = files.get(file);
        if (lab == null) {
            return new LoadResult(
                    Optional.empty(),
                    List.of(
                            Problem.error(
                                    "IO_ERROR",
                                    null,
                                    null,
                                    Message.of("format.ioError.missing", file))),
                    SourceMap.empty(file.toString()));
        }
        return new LoadResult(Optional.of(lab), List.of(), SourceMap.empty(file.toString()));
    }

    @Override
    public void write(Lab lab, Path file) throws IOException {
        if (file.getFileName().toString().startsWith("readonly")) {
            throw new IOException("read-only file system");
        }
        files.put(file, lab);
    }
}
