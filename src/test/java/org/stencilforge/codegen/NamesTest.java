package org.stencilforge.codegen;

import org.stencilforge.ExternalTools;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.stencilforge.StencilforgeException;
import org.stencilforge.derivation.Limits;
import org.stencilforge.derivation.Stencils;
import org.stencilforge.stencil.Scheme;

/** Each language refuses names it cannot use, in one sentence, and generated files with odd but legal names compile. */
class NamesTest {

    @Test
    void cRefusesKeywordsReservedAndInvalidNames() {
        List<String> refused = new ArrayList<>(CEmitter.KEYWORDS);
        refused.addAll(List.of("int", "_Bool", "restrict", "inline", "_Static_assert", "_Foo", "__x", "_x", "1a",
                "a-b", "", "a b", "é", "x".repeat(CEmitter.MAX_LENGTH + 1)));
        assertRefused(Language.C, refused);
        StencilforgeException e = assertThrows(StencilforgeException.class, () -> Language.C.checkName("int"));
        assertEquals("name \"int\" is a reserved word in C; use letters, digits and _ that spell no keyword,"
                + " e.g. int_op", e.getMessage());
        assertEquals("x".repeat(CEmitter.MAX_LENGTH), Language.C.checkName("x".repeat(CEmitter.MAX_LENGTH)));
    }

    @Test
    void fortranRefusesKeywordsItsOwnNamesAndIntrinsicModulesInAnyCase() {
        List<String> refused = new ArrayList<>(FortranEmitter.KEYWORDS);
        refused.addAll(FortranEmitter.TAKEN);
        refused.addAll(List.of("INTEGER", "Module", "Apply_All", "MIN_LENGTH", "ISO_FORTRAN_ENV", "ieee_arithmetic",
                "_a", "1a", "a-b", "", "a".repeat(64)));
        assertRefused(Language.FORTRAN, refused);
        assertEquals("a".repeat(63), Language.FORTRAN.checkName("a".repeat(63)));
    }

    @Test
    void pythonRefusesKeywordsSoftKeywordsAndShadowedBuiltins() {
        List<String> refused = new ArrayList<>(PythonEmitter.KEYWORDS);
        refused.addAll(PythonEmitter.SHADOWED);
        refused.addAll(List.of("lambda", "match", "case", "type", "_", "list", "numpy", "np", "__init__", "1a", "a-b",
                "", "a.b", "ñ"));
        assertRefused(Language.PYTHON, refused);
    }

    @Test
    void javaRefusesWhatRenderOptionsRefusesAndMore() {
        assertRefused(Language.JAVA, List.of("class", "int", "var", "record", "yield", "sealed", "permits", "1a",
                "java.X", "javax.swing.X", "a..b.X", "_", "true", "false", "null", "goto", "const", "strictfp", "assert",
                "enum", "non-sealed", "Math", "Double", "String", "IllegalArgumentException",
                "IndexOutOfBoundsException", "javax.X", "a.var.X", "a.record.X"));
    }

    /** The keyword lists are the interpreter's own: keyword.kwlist, keyword.softkwlist, dir(builtins). */
    @Test
    void pythonListsMatchTheInterpreter() {
        ExternalTools.require(GeneratedPython.interpreter() != null, "python3 with NumPy", "apt-get install python3-numpy");
        String out = Toolchain.exec(Toolchain.tempDir("stencilforge-python"), "", "", GeneratedPython.interpreter(), "-c",
                "import keyword, builtins\n"
                        + "print(' '.join(keyword.kwlist))\n"
                        + "print(' '.join(getattr(keyword, 'softkwlist', [])))\n"
                        + "print(' '.join(n for n in dir(builtins) if not n.startswith('_')"
                        + " and not (isinstance(getattr(builtins, n), type)"
                        + " and issubclass(getattr(builtins, n), BaseException))))\n");
        String[] lines = out.split("\n");
        Set<String> missing = new TreeSet<>();
        for (String word : (lines[0] + " " + lines[1]).trim().split("\\s+")) {
            if (!PythonEmitter.KEYWORDS.contains(word)) {
                missing.add(word);
            }
        }
        for (String word : lines[2].trim().split("\\s+")) {
            if (!PythonEmitter.SHADOWED.contains(word) && !PythonEmitter.KEYWORDS.contains(word)) {
                missing.add(word);
            }
        }
        assertEquals(Set.of(), missing, "names this python3 reserves that the emitter accepts");
    }

    /** Names that look like keywords but are legal are accepted, and the generated file compiles and runs. */
    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"C", "FORTRAN", "PYTHON"})
    void keywordLikeNamesStillCompile(Language language) {
        var op = GeneratedCodeTest.operator(1, Stencils.presetOffsets(Scheme.CENTRAL, 1, 2, Limits.DEFAULT));
        for (String name : List.of("Int", "integer_", "lambda_", "Record", "var_", "yield_", "Stencil2", "d2_central",
                "bool_", "nullptr_", "Match", "typeof_", "module_", "real64_")) {
            String source = language.emit(Kernels.of(op), name);
            Toolchain code = GeneratedCodeTest.compile(language, source, name, false);
            assertEquals(op.minLength(), code.minLength(), name);
        }
    }

    /** The same in Java, for --release 8 and for the compiler's own release, contextual keywords included. */
    @Test
    void keywordLikeJavaNamesCompileForJava8AndTheDefaultRelease() {
        var op = GeneratedCodeTest.operator(1, Stencils.presetOffsets(Scheme.CENTRAL, 1, 2, Limits.DEFAULT));
        for (String name : List.of("Int", "integer_", "lambda_", "Record", "var_", "yield_", "Var", "javaish.Record",
                "org.javax.Ok", "module", "open.exports.When", "when", "requires.to.Provides", "Strings")) {
            String source = Language.JAVA.emit(Kernels.of(op), name);
            for (String release : new String[] {"8", null}) {
                org.stencilforge.GeneratedJava java = org.stencilforge.GeneratedJava.compile(source, name, release);
                assertEquals(op.minLength(), java.minLength(), name);
            }
        }
    }

    /**
     * Every restricted identifier and shadowed class Java refuses really breaks the generated class
     * with javac's own release (17): emitted without the check, it does not compile.
     */
    @Test
    void refusedJavaNamesDoNotCompile() {
        var small = Kernels.of(GeneratedCodeTest.operator(1, Stencils.presetOffsets(Scheme.CENTRAL, 1, 2,
                Limits.DEFAULT)));
        var table = Kernels.of(GeneratedCodeTest.operator(1, Stencils.presetOffsets(Scheme.CENTRAL, 1, 32,
                Limits.DEFAULT)));
        var ninth = Kernels.of(GeneratedCodeTest.operator(9, Stencils.presetOffsets(Scheme.CENTRAL, 9, 2,
                Limits.DEFAULT)));
        for (String name : JavaEmitter.CONTEXTUAL) {
            String source = JavaEmitter.INSTANCE.emit(small, name, Precision.DOUBLE);
            assertFalse(org.stencilforge.GeneratedJava.compiles(source, name, null), name);
        }
        for (String name : JavaEmitter.SHADOWED) {
            String source = JavaEmitter.INSTANCE.emit(name.equals("Math") ? ninth : table, name, Precision.DOUBLE);
            assertFalse(org.stencilforge.GeneratedJava.compiles(source, name, null), name);
        }
    }

    /**
     * The C keywords refused are keywords: used as an identifier, {@code int WORD = 0;}, each fails
     * with gcc in C99, C11 or C2x. The C23 keywords this gcc does not know yet (gcc 12 treats
     * {@code bool}, {@code true}, {@code nullptr} and the others below as identifiers even in
     * -std=c2x) are refused all the same, so that the header reads in newer dialects.
     */
    @Test
    void cKeywordsDoNotCompileAsIdentifiers() {
        ExternalTools.require(GeneratedC.available(), "gcc", "apt-get install gcc");
        Set<String> newer = Set.of("alignas", "alignof", "bool", "constexpr", "false", "nullptr", "static_assert",
                "thread_local", "true", "typeof_unqual", "_BitInt");
        String script = "for w in " + String.join(" ", new TreeSet<>(CEmitter.KEYWORDS)) + "; do ok=0;"
                + " for std in c99 c11 c2x gnu2x; do printf 'void g(void) { int %s = 0; (void)%s; }\\n' $w $w > k.c;"
                + " gcc -std=$std -pedantic-errors -fsyntax-only k.c 2>/dev/null || { ok=1; break; }; done;"
                + " [ $ok = 0 ] && echo $w; done; true";
        String out = Toolchain.exec(Toolchain.tempDir("stencilforge-c"), "", script, "sh", "-c", script);
        Set<String> accepted = new TreeSet<>(List.of(out.trim().split("\\s+")));
        accepted.remove("");
        assertTrue(newer.containsAll(accepted), "gcc accepts as identifiers: " + accepted);
    }

    /**
     * Python's hard keywords cannot be imported as a module ({@code import lambda} is a syntax
     * error). Soft keywords and builtins can; they are refused because a module named {@code match}
     * or {@code list} reads badly or shadows the builtin where it is imported.
     */
    @Test
    void pythonHardKeywordsCannotBeImported() {
        ExternalTools.require(GeneratedPython.interpreter() != null, "python3 with NumPy", "apt-get install python3-numpy");
        String program = "import sys\n"
                + "for w in sys.argv[1:]:\n"
                + "    try:\n        compile('import ' + w, 'x', 'exec')\n        print('ok', w)\n"
                + "    except SyntaxError:\n        print('error', w)\n";
        List<String> command = new ArrayList<>(List.of(GeneratedPython.interpreter(), "-c", program));
        command.addAll(new TreeSet<>(PythonEmitter.KEYWORDS));
        String out = Toolchain.exec(Toolchain.tempDir("stencilforge-python"), "", program,
                command.toArray(String[]::new));
        Set<String> soft = Set.of("match", "case", "type", "_");
        for (String line : out.trim().split("\n")) {
            String[] parts = line.split(" ");
            assertEquals(soft.contains(parts[1]) ? "ok" : "error", parts[0], line);
        }
    }

    /**
     * Fortran reserves no words, so a module named {@code integer} compiles and the keywords are
     * refused only because such a module reads badly. What really breaks is a module named like
     * an entity of its own scope: each of those, emitted without the check, does not compile.
     */
    @Test
    void fortranNamesOfTheModulesOwnEntitiesDoNotCompile() {
        ExternalTools.require(GeneratedFortran.available(), "gfortran", "apt-get install gfortran");
        ArrayKernel table = Kernels.of(GeneratedCodeTest.operator(1, Stencils.presetOffsets(Scheme.CENTRAL, 1, 32,
                Limits.DEFAULT)));
        PointKernel point = Kernels.of(GeneratedStencilTest.tensor("Dxy", 2, 12));
        java.nio.file.Path dir = Toolchain.tempDir("stencilforge-fortran");
        List<String> names = new ArrayList<>();
        for (String name : List.of("apply", "apply_all", "apply_adjoint", "min_length", "real64", "ieee_value",
                "ieee_quiet_nan", "iso_fortran_env", "ieee_arithmetic", "row", "rows", "op_c", "op_div", "op_start",
                "op_first", "adj_c", "adj_div", "adj_start", "adj_first")) {
            Toolchain.write(dir.resolve(name + ".f90"), FortranEmitter.INSTANCE.emit(table, name, Precision.DOUBLE));
            names.add(name);
        }
        for (String name : List.of("ndim", "off", "c")) {
            Toolchain.write(dir.resolve(name + ".f90"), FortranEmitter.INSTANCE.emit(point, name, Precision.DOUBLE));
            names.add(name);
        }
        String script = "for w in " + String.join(" ", names) + "; do gfortran -std=f2008 -Wall -Werror -fsyntax-only"
                + " $w.f90 >/dev/null 2>&1 && echo $w; done; true";
        String out = Toolchain.exec(dir, "", script, "sh", "-c", script).trim();
        assertEquals("", out, "modules that compile although named like their own entities");
        for (String name : names) {
            assertTrue(FortranEmitter.TAKEN.contains(name), name);
        }
    }

    private static void assertRefused(Language language, List<String> names) {
        for (String name : names) {
            StencilforgeException e = assertThrows(StencilforgeException.class, () -> language.checkName(name),
                    language + " " + name);
            String m = e.getMessage();
            assertTrue(m.indexOf(';') > 0 && !m.contains("\n") && m.length() < 240, m);
        }
    }
}
