import java.nio.file.Files;
import java.nio.file.Path;
import org.stencilforge.analysis.AnalysedStencil;
import org.stencilforge.codegen.Kernels;
import org.stencilforge.codegen.Language;
import org.stencilforge.derivation.Limits;
import org.stencilforge.derivation.Stencils;
import org.stencilforge.operator.Closures;
import org.stencilforge.stencil.Scheme;

/**
 * Writes generated code for a central preset until the command line has
 * --format c|fortran|python. Run as a single source file:
 * java -cp target/stencilforge.jar src/bench/codegen/Generate.java LANGUAGE NAME DERIVATIVE ACCURACY FILE
 */
public class Generate {
    public static void main(String[] args) throws Exception {
        Language language = Language.valueOf(args[0].toUpperCase(java.util.Locale.ROOT));
        int m = Integer.parseInt(args[2]);
        int p = Integer.parseInt(args[3]);
        var op = Closures.around(AnalysedStencil.of(Stencils.preset(Scheme.CENTRAL, m, p, Limits.DEFAULT), 1),
                Limits.DEFAULT);
        Files.writeString(Path.of(args[4]), language.emit(Kernels.of(op), args[1]));
    }
}
