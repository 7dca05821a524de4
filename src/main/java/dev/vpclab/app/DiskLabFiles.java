package dev.vpclab.app;

import dev.vpclab.format.LabReader;
import dev.vpclab.format.LabWriter;
import dev.vpclab.format.LoadResult;
import dev.vpclab.model.Lab;
import java.io.IOException;
import java.nio.file.Path;

/** Lab files on disk, through the format package's reader and (atomic) writer. */
public final class DiskLabFiles implements LabFiles {

    @Override
    public LoadResult read(Path file) {
        return LabReader.read(file);
    }

    @Override
    public void write(Lab lab, Path file) throws IOException {
        LabWriter.write(lab, file);
    }
}
