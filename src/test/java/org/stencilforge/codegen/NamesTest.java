package org.stencilforge.codegen;

import org.stencilforge.ExternalTools;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
                "java.X", "javax.swing.X", "a..b.X"));
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

    /** Names that look like keywords but are legal are accepted, and the generated file compiles. */
    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"C", "FORTRAN", "PYTHON"})
    void keywordLikeNamesStillCompile(Language language) {
        var op = GeneratedCodeTest.operator(1, Stencils.presetOffsets(Scheme.CENTRAL, 1, 2, Limits.DEFAULT));
        for (String name : List.of("Int", "integer_", "lambda_", "Stencil2", "d2_central")) {
            String source = language.emit(Kernels.of(op), name);
            Toolchain code = GeneratedCodeTest.compile(language, source, name, false);
            assertEquals(op.minLength(), code.minLength(), name);
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
