package dev.vpclab.app;

import dev.vpclab.format.LoadResult;
import dev.vpclab.model.Lab;
import java.io.IOException;
import java.nio.file.Path;

/** Reading and writing lab files, behind an interface so that view-models can be tested. */
public interface LabFiles {

    /** Reads a lab file; never throws for a bad file (problems are in the result). */
    LoadResult read(Path file);

    /** Writes the lab, atomically: the old file stays whole if anything fails. */
    void write(Lab lab, Path file) throws IOException;
}
