package org.stencilforge.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.matheclipse.core.convert.AST2Expr;

/** The committed list of reserved names is Symja's own. */
class SymjaNamesTest {

    @Test
    void reservedNamesAreSymjasBuiltins() {
        Set<String> symja = new TreeSet<>();
        Stream.of(AST2Expr.FUNCTION_STRINGS, AST2Expr.SYMBOL_STRINGS, AST2Expr.UPPERCASE_SYMBOL_STRINGS,
                AST2Expr.DOLLAR_STRINGS, AST2Expr.PHYSICAL_CONSTANTS_STRINGS).flatMap(Arrays::stream)
                .filter(n -> n.matches("[A-Za-z][A-Za-z0-9]*")).forEach(n -> symja.add(n.toLowerCase(Locale.ROOT)));
        assertEquals(symja, new TreeSet<>(ExpressionParser.loadReserved()));
    }
}
