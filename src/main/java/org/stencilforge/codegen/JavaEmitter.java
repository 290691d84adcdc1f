package org.stencilforge.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.RationalParser;

/**
 * Java (8 or later) with JavaPoet: a final class with static methods
 * {@code apply(f, i, h)}, {@code applyAll(in, out, h)}, {@code applyAdjoint(in, out, h)}
 * and {@code MIN_LENGTH}; or, for a multidimensional stencil, a strided
 * {@code apply(f, index, strides, h)} (and in 2-D {@code apply(f, i, j, h)} and
 * {@code applyInterior(in, out, h)}). Names are qualified class names,
 * {@code org.example.D2} or {@code D2}.
 */
final class JavaEmitter implements Emitter {

    /**
     * Restricted identifiers (JLS 17, 3.9): legal in places, but never as a class name ({@code var},
     * {@code yield} and {@code record} since Java 10, 14 and 16, {@code sealed} and {@code permits}
     * since 17), and refused here in package names too. The other contextual keywords ({@code module},
     * {@code open}, {@code opens}, {@code exports}, {@code requires}, {@code transitive}, {@code to},
     * {@code uses}, {@code provides}, {@code with}, and {@code when} of Java 21) are keywords only in
     * a {@code module-info} or a {@code case} guard, so they are accepted as class and package names;
     * {@code non-sealed} is no identifier at all. The reserved keywords, {@code _} and the literals
     * {@code true}, {@code false} and {@code null} are {@link SourceVersion#isKeyword}'s.
     */
    static final Set<String> CONTEXTUAL = Set.of("var", "record", "yield", "sealed", "permits");

    /**
     * The {@code java.lang} classes generated code names without qualification: a generated class
     * of that simple name would shadow them and not compile.
     */
    static final Set<String> SHADOWED = Set.of("Math", "Double", "String", "IllegalArgumentException",
            "IndexOutOfBoundsException");

    /** The one instance: an emitter keeps no state. */
    static final JavaEmitter INSTANCE = new JavaEmitter();

    private JavaEmitter() {
    }

    /**
     * @param name a class name, simple or qualified by its package
     * @return the name
     * @throws StencilforgeException if it is not a Java name, contains a reserved word or a
     *     restricted identifier, or lies in a {@code java.} or {@code javax.} package
     */
    @Override
    public String checkName(String name) {
        int dot = name.lastIndexOf('.');
        String simple = name.substring(dot + 1);
        String pkg = dot < 0 ? "" : name.substring(0, dot);
        if (!SourceVersion.isIdentifier(simple) || SourceVersion.isKeyword(simple) || CONTEXTUAL.contains(simple)) {
            throw new StencilforgeException("class name " + RationalParser.quote(simple)
                    + " is not a Java identifier (or is a reserved word); use letters, digits and _, e.g. D2Central");
        }
        if (SHADOWED.contains(simple)) {
            throw new StencilforgeException("class name " + RationalParser.quote(simple)
                    + " would shadow java.lang." + simple + ", which the generated code uses; use e.g. " + simple
                    + "Stencil");
        }
        if (dot >= 0 && (!SourceVersion.isName(pkg)
                || List.of(pkg.split("\\.")).stream().anyMatch(CONTEXTUAL::contains))) {
            throw new StencilforgeException("package name " + RationalParser.quote(pkg)
                    + " is not a Java package name (or contains a reserved word); use e.g. com.example.stencils");
        }
        if (pkg.equals("java") || pkg.startsWith("java.") || pkg.equals("javax") || pkg.startsWith("javax.")) {
            throw new StencilforgeException("package name " + RationalParser.quote(pkg)
                    + " is reserved for the JDK (java., javax.); use your own, e.g. com.example.stencils");
        }
        return name;
    }

    /** @return the Java type of the precision, {@code float} or {@code double} */
    private static com.palantir.javapoet.TypeName real(Precision p) {
        return p == Precision.SINGLE ? com.palantir.javapoet.TypeName.FLOAT : com.palantir.javapoet.TypeName.DOUBLE;
    }

    /** @return {@code float[]} or {@code double[]} */
    private static com.palantir.javapoet.TypeName reals(Precision p) {
        return com.palantir.javapoet.ArrayTypeName.of(real(p));
    }

    /** @return {@code float[][]} or {@code double[][]} */
    private static com.palantir.javapoet.TypeName reals2(Precision p) {
        return com.palantir.javapoet.ArrayTypeName.of(reals(p));
    }

    /** @return {@code float} or {@code double}, as written in statements */
    private static String type(Precision p) {
        return p == Precision.SINGLE ? "float" : "double";
    }

    /** @return what makes an integer a floating literal of the precision: {@code .0f} or {@code .0} */
    private static String point(Precision p) {
        return p == Precision.SINGLE ? ".0f" : ".0";
    }

    /** @return the literal of a value of the precision, with its suffix */
    private static String literal(double value, Precision p) {
        return Spell.literal(value, p) + (p == Precision.SINGLE ? "f" : "");
    }

    /** @return a number of a table initialiser: {@link Double#toString} of a double, else a float literal */
    private static String number(double value, Precision p) {
        return p == Precision.DOUBLE ? Double.toString(value) : literal(value, p);
    }


    @Override
    public String emit(ArrayKernel k, String name, Precision p) {
        if (k.table()) {
            return file(name, tableClass(k, name.substring(name.lastIndexOf('.') + 1), p));
        }
        String simple = name.substring(name.lastIndexOf('.') + 1);
        int m = k.derivative();
        TypeSpec type = TypeSpec.classBuilder(simple)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc(classDoc(k))
                .addField(FieldSpec.builder(int.class, "MIN_LENGTH", Modifier.PUBLIC, Modifier.STATIC,
                                Modifier.FINAL)
                        .addJavadoc("The shortest array the methods accept.\n")
                        .initializer("$L", k.minLength()).build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(applyAt(k.operator(), m, p))
                .addMethod(applyWhole("applyAll", k.operator(), m,
                        "Applies the operator to the whole array: {@code out = D in}, closures included.", p))
                .addMethod(applyWhole("applyAdjoint", k.adjoint(), m,
                        "Applies the adjoint (transpose) to the whole array: {@code out = D^T in}.\n"
                                + "In the interior it is the correlation with the flipped stencil; near the ends\n"
                                + "it uses the transposed closures, so that {@code <D f, g> = <f, D^T g>} up to rounding.\n"
                                + "The gradient of {@code 1/2 ||D f - y||^2} is\n"
                                + "{@code D^T (D f - y)}.", p))
                .addMethod(check(p))
                .build();
        return file(name, type);
    }

    private static MethodSpec check(Precision p) {
        return MethodSpec.methodBuilder("check")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(reals(p), "in")
                .addParameter(reals(p), "out")
                .beginControlFlow("if (in.length < MIN_LENGTH)")
                .addStatement("throw new IllegalArgumentException($S + MIN_LENGTH + $S + in.length)",
                        "the arrays need at least ", " points, not ")
                .endControlFlow()
                .beginControlFlow("if (out.length != in.length || in == out)")
                .addStatement("throw new IllegalArgumentException($S)",
                        "in and out must be distinct arrays of the same length")
                .endControlFlow()
                .build();
    }

    /** The most numbers in one string constant: 25 characters each at most, within the 65535 bytes of one. */
    static final int NUMBERS_PER_STRING = 2000;

    /**
     * The table-driven class: every row of {@code D} and of {@code D^T} is a {@code double[]}
     * {@code {divisor, first column, coefficients...}} parsed once from string constants (which
     * keeps the class initialiser and the constant pool small), and one loop applies a row.
     */
    private static TypeSpec tableClass(ArrayKernel k, String simple, Precision p) {
        int m = k.derivative();
        Rows d = k.operator();
        Rows t = k.adjoint();
        return TypeSpec.classBuilder(simple)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc(classDoc(k) + "\n<p>Table-driven: the coefficients of every row are in {@code OPERATOR} and\n"
                        + "{@code ADJOINT}, each row {@code {divisor, first column, coefficients...}}, and the row is\n"
                        + "{@code h^(-" + m + ") / divisor} times the sum of the coefficients times the samples from the\n"
                        + "first column on; top rows have absolute columns, the interior row columns relative to\n"
                        + "{@code i}, bottom rows columns relative to the length {@code n}.\n")
                .addField(FieldSpec.builder(int.class, "MIN_LENGTH", Modifier.PUBLIC, Modifier.STATIC,
                                Modifier.FINAL)
                        .addJavadoc("The shortest array the methods accept.\n")
                        .initializer("$L", k.minLength()).build())
                .addField(rowsField("OPERATOR", "The rows of D: the top rows, the bottom rows, then the interior row.", d, p))
                .addField(rowsField("ADJOINT", "The rows of D^T: the top rows, the bottom rows, then the interior row.",
                        t, p))
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(applyHead(m, p)
                        .addStatement(type(p) + "[] row = i < $L ? OPERATOR[i] : i >= $L ? OPERATOR[i - n + $L]"
                                        + " : OPERATOR[$L]", d.interiorStart(),
                                Spell.index("n", -d.interiorEndBeforeN()), d.interiorStart() + d.interiorEndBeforeN(),
                                d.interiorStart() + d.interiorEndBeforeN())
                        .addStatement("return sum(row, f, i < $L ? 0 : i >= $L ? n : i) * (s / row[0])",
                                d.interiorStart(), Spell.index("n", -d.interiorEndBeforeN()))
                        .build())
                .addMethod(tableWhole("applyAll", "OPERATOR", d, m,
                        "Applies the operator to the whole array: {@code out = D in}, closures included.", p))
                .addMethod(tableWhole("applyAdjoint", "ADJOINT", t, m,
                        "Applies the adjoint (transpose) to the whole array: {@code out = D^T in}.\n"
                                + "In the interior it is the correlation with the flipped stencil; near the ends\n"
                                + "it uses the transposed closures, so that {@code <D f, g> = <f, D^T g>} up to rounding.\n"
                                + "The gradient of {@code 1/2 ||D f - y||^2} is\n"
                                + "{@code D^T (D f - y)}.", p))
                .addMethod(MethodSpec.methodBuilder("sum")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(real(p))
                        .addParameter(reals(p), "row")
                        .addParameter(reals(p), "f")
                        .addParameter(int.class, "base")
                        .addJavadoc("The coefficients of a row times the samples from {@code base} plus its first column on.\n")
                        .addStatement("int at = base + (int) row[1] - 2")
                        .addStatement(type(p) + " acc = 0" + point(p))
                        .beginControlFlow("for (int j = 2; j < row.length; j++)")
                        .addStatement("acc += row[j] * f[at + j]")
                        .endControlFlow()
                        .addStatement("return acc")
                        .build())
                .addMethod(parse(p))
                .addMethod(check(p))
                .build();
    }

    private static FieldSpec rowsField(String name, String doc, Rows rows, Precision p) {
        CodeBlock.Builder init = CodeBlock.builder().add("{\n").indent();
        List<Sum> all = rows.tableOrder();
        for (int r = 0; r < all.size(); r++) {
            Sum row = all.get(r);
            init.add("// exact: $L\n", row.exactText());
            double[] dense = row.dense();
            double[] values = new double[dense.length + 2];
            values[0] = row.divisor().doubleValue();
            values[1] = row.first();
            System.arraycopy(dense, 0, values, 2, dense.length);
            init.add("parse(");
            for (int c = 0; c < values.length; c += NUMBERS_PER_STRING) {
                StringBuilder text = new StringBuilder();
                for (int j = c; j < Math.min(values.length, c + NUMBERS_PER_STRING); j++) {
                    text.append(j == c ? "" : " ").append(j == 1 ? Integer.toString(row.first())
                            : Spell.literal(values[j], p));
                }
                init.add(c == 0 ? "$S" : ",\n$S", text.toString());
            }
            init.add(r + 1 < all.size() ? "),\n" : ")\n");
        }
        return FieldSpec.builder(reals2(p), name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(doc + "\n")
                .initializer(init.unindent().add("}").build())
                .build();
    }

    private static MethodSpec tableWhole(String name, String table, Rows d, int m, String doc, Precision p) {
        int top = d.interiorStart();
        int bottom = d.interiorEndBeforeN();
        return wholeHead(name, m, doc, p)
                .beginControlFlow("for (int r = 0; r < $L; r++)", top)
                .addStatement("out[r] = sum($L[r], in, 0) * (s / $L[r][0])", table, table)
                .endControlFlow()
                .addStatement(type(p) + "[] row = $L[$L]", table, top + bottom)
                .addStatement(type(p) + " si = s / row[0]")
                .beginControlFlow("for (int i = $L; i < $L; i++)", top, Spell.index("n", -bottom))
                .addStatement("out[i] = sum(row, in, i) * si")
                .endControlFlow()
                .beginControlFlow("for (int r = $L; r < $L; r++)", top, top + bottom)
                .addStatement("out[n - $L + r] = sum($L[r], in, n) * (s / $L[r][0])", top + bottom, table, table)
                .endControlFlow()
                .build();
    }

    /** The method that reads numbers written in string constants, split at single spaces. */
    private static MethodSpec parse(Precision p) {
        return MethodSpec.methodBuilder("parse")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(reals(p))
                .addParameter(String[].class, "parts")
                .varargs()
                .addJavadoc("The numbers written in the strings, in order; they are Java's own {@code Double.toString}.\n")
                .addStatement("int count = 0")
                .beginControlFlow("for (String part : parts)")
                .addStatement("count += part.split($S).length", " ")
                .endControlFlow()
                .addStatement(type(p) + "[] values = new " + type(p) + "[count]")
                .addStatement("int k = 0")
                .beginControlFlow("for (String part : parts)")
                .beginControlFlow("for (String number : part.split($S))", " ")
                .addStatement("values[k++] = " + (p == Precision.SINGLE ? "Float.parseFloat" : "Double.parseDouble") + "(number)")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return values")
                .build();
    }


    /**
     * Any whole 1-D operator, table-driven: {@code applyAll}, {@code applyAdjoint},
     * {@code applyNormal} and {@code gradient}, each returning a new array.
     */
    @Override
    public String emit(LineKernel k, String name, Precision p) {
        String simple = name.substring(name.lastIndexOf('.') + 1);
        int m = k.derivative();
        String wrap = k.periodic() ? "Math.floorMod(at + j, n)" : "at + j";
        TypeSpec type = TypeSpec.classBuilder(simple)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc(String.join("\n", k.doc()).replace("$", "$$") + "\n\n<p>Table-driven: row {@code r} of"
                        + " {@code OPERATOR} ({@code ADJOINT}) is {@code {divisor, first column, coefficients...}}\n"
                        + "in the order top rows, bottom rows, interior row; a row is {@code h^(-" + m + ") / divisor}"
                        + " times the sum\nof its coefficients times the input from its first column on (absolute for"
                        + " top rows,\nrelative to the row for the interior, to the input length for bottom rows"
                        + (k.periodic() ? ",\nevery column modulo the input length" : "") + ").\n")
                .addField(FieldSpec.builder(int.class, "MIN_LENGTH", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The shortest input {@code n} the methods accept.\n")
                        .initializer("$L", k.minLength()).build())
                .addField(FieldSpec.builder(int.class, "EXTRA", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("{@code D} maps {@code n} values to {@code n + EXTRA}.\n")
                        .initializer("$L", k.extra()).build())
                .addField(lineRows("OPERATOR", "The rows of D.", k.operator(), p))
                .addField(lineRows("ADJOINT", "The rows of D^T.", k.adjoint(), p))
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("lines")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(reals(p))
                        .addParameter(reals2(p), "rows")
                        .addParameter(int.class, "top")
                        .addParameter(int.class, "bottom")
                        .addParameter(reals(p), "in")
                        .addParameter(int.class, "nout")
                        .addParameter(real(p), "s")
                        .addJavadoc("The rows of a table applied to {@code in}, {@code nout} values.\n")
                        .addStatement("int n = in.length")
                        .addStatement(type(p) + "[] out = new " + type(p) + "[nout]")
                        .beginControlFlow("for (int i = 0; i < nout; i++)")
                        .addStatement(type(p) + "[] row = rows[i < top ? i : i >= nout - bottom ? i - nout + top + bottom"
                                + " : top + bottom]")
                        .addStatement("int at = (i < top ? 0 : i >= nout - bottom ? n : i) + (int) row[1] - 2")
                        .addStatement(type(p) + " acc = 0" + point(p))
                        .beginControlFlow("for (int j = 2; j < row.length; j++)")
                        .addStatement("acc += row[j] * in[" + wrap + "]")
                        .endControlFlow()
                        .addStatement("out[i] = acc * (s / row[0])")
                        .endControlFlow()
                        .addStatement("return out")
                        .build())
                .addMethod(MethodSpec.methodBuilder("length")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(int.class)
                        .addParameter(reals(p), "f")
                        .addParameter(int.class, "extra")
                        .addJavadoc("The input length {@code n} of {@code D} for an array of {@code n + extra} values.\n")
                        .addStatement("int n = f.length - extra")
                        .beginControlFlow("if (n < MIN_LENGTH)")
                        .addStatement("throw new IllegalArgumentException($S + (MIN_LENGTH + extra) + $S + f.length)",
                                "the array needs at least ", " values, not ")
                        .endControlFlow()
                        .addStatement("return n")
                        .build())
                .addMethod(lineMethod("applyAll", m, "{@code D f}: {@code f.length + EXTRA} values.", "f", p)
                        .addStatement("return lines(OPERATOR, $L, $L, f, length(f, 0) + EXTRA, s)",
                                k.operator().interiorStart(), k.operator().interiorEndBeforeN()).build())
                .addMethod(lineMethod("applyAdjoint", m, "{@code D^T g}, the exact transpose:"
                        + " {@code g.length - EXTRA} values,\nso that {@code <D f, g> = <f, D^T g>} up to rounding.", "g", p)
                        .addStatement("return lines(ADJOINT, $L, $L, g, length(g, EXTRA), s)",
                                k.adjoint().interiorStart(), k.adjoint().interiorEndBeforeN()).build())
                .addMethod(lineMethod("applyNormal", m, "{@code D^T D f}.", "f", p)
                        .addStatement("return applyAdjoint(applyAll(f, h), h)").build())
                .addMethod(MethodSpec.methodBuilder("gradient")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(reals(p))
                        .addParameter(reals(p), "f")
                        .addParameter(reals(p), "y")
                        .addParameter(real(p), "h")
                        .addJavadoc("{@code D^T (D f - y)}, the gradient of {@code 1/2 ||D f - y||^2};"
                                + " {@code y} has {@code f.length + EXTRA} values.\n")
                        .addStatement(type(p) + "[] r = applyAll(f, h)")
                        .beginControlFlow("if (y.length != r.length)")
                        .addStatement("throw new IllegalArgumentException($S + r.length + $S + y.length)",
                                "y needs ", " values, not ")
                        .endControlFlow()
                        .beginControlFlow("for (int i = 0; i < r.length; i++)")
                        .addStatement("r[i] -= y[i]")
                        .endControlFlow()
                        .addStatement("return applyAdjoint(r, h)").build())
                .build();
        return file(name, type);
    }

    private static MethodSpec.Builder lineMethod(String method, int m, String doc, String array, Precision p) {
        return MethodSpec.methodBuilder(method)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(reals(p))
                .addParameter(reals(p), array)
                .addParameter(real(p), "h")
                .addJavadoc(doc + "\n")
                .addStatement(type(p) + " s = $L", Spell.scale(m, "1" + point(p)));
    }

    private static FieldSpec lineRows(String field, String doc, Rows d, Precision p) {
        CodeBlock.Builder init = CodeBlock.builder().add("{\n").indent();
        for (Sum row : d.tableOrder()) {
            StringBuilder values = new StringBuilder();
            values.append(number(row.divisor().doubleValue(), p)).append(", ").append(row.first());
            for (double c : row.dense()) {
                values.append(", ").append(number(c, p));
            }
            init.add("// exact: $L\n", row.exactText()).add("{$L},\n", values);
        }
        return FieldSpec.builder(reals2(p), field, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(doc + "\n").initializer(init.unindent().add("}").build()).build();
    }


    /**
     * Weights or a matrix on given nodes: class {@code NAME} with {@code apply(f)} or
     * {@code applyAll(f, out)} over {@code SIZE} samples at the nodes, ascending.
     */
    @Override
    public String emit(NodeKernel k, String name) {
        Precision p = k.precision();
        String simple = name.substring(name.lastIndexOf('.') + 1);
        TypeSpec.Builder type = TypeSpec.classBuilder(simple)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc(String.join("\n", k.doc()).replace("$", "$$") + "\n")
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        type.addField(FieldSpec.builder(int.class, "SIZE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The number of nodes, and of samples.\n").initializer("$L", k.size()).build());
        CodeBlock.Builder init = CodeBlock.builder().add("parse(");
        StringBuilder text = new StringBuilder();
        int count = 0;
        boolean started = false;
        for (double v : k.values()) {
            text.append(text.length() == 0 ? "" : " ").append(Spell.literal(v, p));
            if (++count == NUMBERS_PER_STRING) {
                init.add(started ? ",\n$S" : "$S", text.toString());
                started = true;
                text.setLength(0);
                count = 0;
            }
        }
        if (text.length() > 0) {
            init.add(started ? ",\n$S" : "$S", text.toString());
        }
        type.addField(FieldSpec.builder(reals(p), "C", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Row {@code i} is {@code C[i * $L + t]} times {@code f[FIRST[i] + t]}.\n", k.width())
                .initializer(init.add(")").build()).build());
        type.addField(FieldSpec.builder(int[].class, "FIRST", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("{$L}", String.join(", ", k.first().stream().map(String::valueOf).toList())).build());
        type.addMethod(parse(p));
        MethodSpec.Builder m = MethodSpec.methodBuilder(k.all() ? "applyAll" : "apply")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC).addParameter(reals(p), "f");
        if (k.all()) {
            m.addParameter(reals(p), "out").addJavadoc("{@code out = D f}; both of length {@link #SIZE}.\n")
                    .beginControlFlow("for (int i = 0; i < $L; i++)", k.rows());
        } else {
            m.returns(real(p)).addJavadoc("The weighted sum of the {@link #SIZE} samples.\n").addStatement("int i = 0");
        }
        m.addStatement(type(p) + " acc = 0" + point(p))
                .beginControlFlow("for (int t = 0; t < $L; t++)", k.width())
                .addStatement("acc += C[i * $L + t] * f[FIRST[i] + t]", k.width())
                .endControlFlow();
        if (k.all()) {
            m.addStatement("out[i] = acc").endControlFlow();
        } else {
            m.addStatement("return acc");
        }
        type.addMethod(m.build());
        return file(name, type.build());
    }

    @Override
    public String emit(PointKernel k, String name, Precision p) {
        String simple = name.substring(name.lastIndexOf('.') + 1);
        int d = k.dimension();
        int m = k.order();
        PointKernel.Doc doc = k.doc();
        TypeSpec.Builder type = TypeSpec.classBuilder(simple)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("Approximates {@code " + doc.operator() + "} on " + doc.grid().replace("spacing h",
                        "spacing {@code h}") + " in " + d + " dimensions,\norder of accuracy "
                        + doc.accuracy() + " (leading error, approximation - exact:\n{@code "
                        + doc.leadingError() + "}).\n")
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        MethodSpec.Builder strided = MethodSpec.methodBuilder("apply")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(real(p))
                .addParameter(reals(p), "f").addParameter(int.class, "index")
                .addParameter(int[].class, "strides").addParameter(real(p), "h")
                .addJavadoc("The stencil at {@code f[index]} of a flat array whose axis {@code k} has stride\n"
                        + "{@code strides[k]}; every point of the stencil must lie in the array.\n");
        boolean table = k.table();
        if (table) {
            CodeBlock.Builder init = CodeBlock.builder().add("parse(");
            StringBuilder text = new StringBuilder();
            int count = 0;
            for (Sum.Term t : k.stencil().terms()) {
                for (int a = 0; a < d; a++) {
                    text.append(text.length() == 0 ? "" : " ").append(t.at().get(a));
                }
                text.append(" ").append(Spell.literal(k.stencil().written(t), p));
                count += d + 1;
                if (count + d + 1 > NUMBERS_PER_STRING) {
                    init.add(init.isEmpty() ? "$S" : "$S,\n", text.toString());
                    text.setLength(0);
                    count = 0;
                }
            }
            if (text.length() > 0) {
                init.add("$S", text.toString());
            }
            type.addField(FieldSpec.builder(reals(p), "TERMS", Modifier.PRIVATE, Modifier.STATIC,
                            Modifier.FINAL)
                    .addJavadoc("Every term of the stencil: its offset on each of the " + d + " axes, then its coefficient;\n"
                            + "the stencil is {@code h^(-" + m + ")}"
                            + (k.stencil().divided() ? " / " + k.stencil().denominator() : "")
                            + " times the sum of the coefficients times the samples.\n")
                    .initializer(init.add(")").build()).build());
            type.addMethod(parse(p));
            strided.addStatement(type(p) + " s = $L", scale(m, p))
                    .addCode(exact(k.stencil()))
                    .addStatement(type(p) + " acc = 0" + point(p))
                    .beginControlFlow("for (int t = 0; t < TERMS.length; t += $L)", d + 1)
                    .addStatement("int at = index")
                    .beginControlFlow("for (int a = 0; a < $L; a++)", d)
                    .addStatement("at += (int) TERMS[t + a] * strides[a]")
                    .endControlFlow()
                    .addStatement("acc += TERMS[t + $L] * f[at]", d)
                    .endControlFlow()
                    .addStatement("return acc * $L", factor(k.stencil(), p));
            type.addMethod(strided.build());
        } else {
            for (int a = 0; a < d; a++) {
                strided.addStatement("int s$L = strides[$L]", a, a);
            }
            type.addMethod(strided.addStatement(type(p) + " s = $L", scale(m, p))
                    .addCode(exact(k.stencil()))
                    .addStatement("return $L", expression(k.stencil(), t -> "f[" + Spell.flat(t.at()) + "]", false, p))
                    .build());
        }
        if (d == 2 && table) {
            type.addMethod(MethodSpec.methodBuilder("apply")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(real(p))
                    .addParameter(reals2(p), "f").addParameter(int.class, "i").addParameter(int.class, "j")
                    .addParameter(real(p), "h")
                    .addJavadoc("The stencil at {@code f[i][j]}, where {@code f[i][j] = f(x_i, y_j)}.\n")
                    .addStatement(type(p) + " s = $L", scale(m, p))
                    .addStatement(type(p) + " acc = 0" + point(p))
                    .beginControlFlow("for (int t = 0; t < TERMS.length; t += 3)")
                    .addStatement("acc += TERMS[t + 2] * f[i + (int) TERMS[t]][j + (int) TERMS[t + 1]]")
                    .endControlFlow()
                    .addStatement("return acc * $L", factor(k.stencil(), p)).build());
        } else if (d == 2) {
            twoDimensional(type, k, m, p);
        }
        if (d == 2) {
            type.addMethod(applyInterior(k, p));
        }
        return file(name, type.build());
    }

    private static void twoDimensional(TypeSpec.Builder type, PointKernel k, int m, Precision p) {
        type.addMethod(MethodSpec.methodBuilder("apply")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(real(p))
                .addParameter(reals2(p), "f").addParameter(int.class, "i").addParameter(int.class, "j")
                .addParameter(real(p), "h")
                .addJavadoc("The stencil at {@code f[i][j]}, where {@code f[i][j] = f(x_i, y_j)}.\n")
                .addStatement(type(p) + " s = $L", scale(m, p))
                .addCode(exact(k.stencil()))
                .addStatement("return $L", expression(k.stencil(),
                        t -> "f[" + Spell.index("i", t.at().get(0)) + "][" + Spell.index("j", t.at().get(1)) + "]",
                        false, p)).build());
    }

    private static MethodSpec applyInterior(PointKernel k, Precision p) {
        return MethodSpec.methodBuilder("applyInterior")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(reals2(p), "in").addParameter(reals2(p), "out")
                .addParameter(real(p), "h")
                .addJavadoc("Applies the stencil at every point of a rectangular array where it fits;\n"
                        + "the other points of {@code out} are left as they were.\n")
                .beginControlFlow("if (in == out || out.length != in.length)")
                .addStatement("throw new IllegalArgumentException($S)",
                        "in and out must be distinct arrays of the same shape")
                .endControlFlow()
                .beginControlFlow("for (int i = $L; i < $L; i++)", k.below(0), Spell.index("in.length", -k.above(0)))
                .beginControlFlow("for (int j = $L; j < $L; j++)", k.below(1),
                        Spell.index("in[i].length", -k.above(1)))
                .addStatement("out[i][j] = apply(in, i, j, h)")
                .endControlFlow()
                .endControlFlow()
                .build();
    }

    private static String file(String name, TypeSpec type) {
        int dot = name.lastIndexOf('.');
        return JavaFile.builder(dot < 0 ? "" : name.substring(0, dot), type)
                .addFileComment("Generated by Stencilforge. Exact weights; do not edit, regenerate.")
                .indent("    ")
                .build()
                .toString();
    }

    private static String classDoc(ArrayKernel k) {
        ArrayKernel.Doc doc = k.doc();
        return "Derivative " + k.derivative() + " on a uniform grid of spacing {@code h}.\n\n"
                + "<p>Interior: {@code " + doc.symbol() + "} is approximated by\n{@code "
                + doc.approximation() + "},\n" + doc.accuracy() + ".\n"
                + "Rows whose stencil would leave the array use the " + doc.closurePoints()
                + " nearest points instead\n(one-sided at the ends), order of accuracy at least "
                + doc.closureOrder() + ".\n";
    }

    /** The start of {@code apply(f, i, h)}: its signature, its checks and the scale {@code s}. */
    private static MethodSpec.Builder applyHead(int m, Precision p) {
        return MethodSpec.methodBuilder("apply")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(real(p))
                .addParameter(reals(p), "f")
                .addParameter(int.class, "i")
                .addParameter(real(p), "h")
                .addJavadoc("Row {@code i} of the operator: the derivative at point {@code i} of samples spaced\n"
                        + "{@code h} apart, with the closure rows near the ends.\n")
                .addStatement("int n = f.length")
                .beginControlFlow("if (n < MIN_LENGTH)")
                .addStatement("throw new IllegalArgumentException($S + MIN_LENGTH + $S + n)",
                        "the array needs at least ", " points, not ")
                .endControlFlow()
                .beginControlFlow("if (i < 0 || i >= n)")
                .addStatement("throw new IndexOutOfBoundsException($S + i)", "no point ")
                .endControlFlow()
                .addStatement(type(p) + " s = $L", scale(m, p));
    }

    private static MethodSpec applyAt(Rows d, int m, Precision p) {
        MethodSpec.Builder b = applyHead(m, p);
        for (int t = 0; t < d.top().size(); t++) {
            Sum row = d.top().get(t);
            b.beginControlFlow("if (i == $L)", t)
                    .addCode(exact(row))
                    .addStatement("return $L", expression(row, c -> "f[" + c.column() + "]", false, p))
                    .endControlFlow();
        }
        for (int t = 0; t < d.bottom().size(); t++) {
            Sum row = d.bottom().get(t);
            b.beginControlFlow("if (i == n - $L)", d.bottomRowFromN(t))
                    .addCode(exact(row))
                    .addStatement("return $L", expression(row, c -> "f[n - " + -c.column() + "]", false, p))
                    .endControlFlow();
        }
        return b.addCode(exact(d.interior()))
                .addStatement("return $L", expression(d.interior(),
                        c -> "f[" + Spell.index("i", c.column()) + "]", false, p))
                .build();
    }

    /** The start of a whole-array method: its signature, the argument check and the scale {@code s}. */
    private static MethodSpec.Builder wholeHead(String name, int m, String doc, Precision p) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(reals(p), "in")
                .addParameter(reals(p), "out")
                .addParameter(real(p), "h")
                .addJavadoc(doc + "\n")
                .addStatement("check(in, out)")
                .addStatement("int n = in.length")
                .addStatement(type(p) + " s = $L", scale(m, p));
    }

    private static MethodSpec applyWhole(String name, Rows d, int m, String doc, Precision p) {
        MethodSpec.Builder b = wholeHead(name, m, doc, p);
        for (int t = 0; t < d.top().size(); t++) {
            Sum row = d.top().get(t);
            b.addCode(exact(row)).addStatement("out[$L] = $L", t, expression(row, c -> "in[" + c.column() + "]",
                    false, p));
        }
        Sum interior = d.interior();
        boolean hoisted = interior.divided();
        if (hoisted) {
            b.addStatement(type(p) + " si = $L", Spell.factor(interior, point(p)));
        }
        b.addCode(exact(interior))
                .beginControlFlow("for (int i = $L; i < $L; i++)", d.interiorStart(),
                        Spell.index("n", -d.interiorEndBeforeN()))
                .addStatement("out[i] = $L", expression(interior,
                        c -> "in[" + Spell.index("i", c.column()) + "]", hoisted, p))
                .endControlFlow();
        for (int t = 0; t < d.bottom().size(); t++) {
            Sum row = d.bottom().get(t);
            b.addCode(exact(row)).addStatement("out[n - $L] = $L", d.bottomRowFromN(t),
                    expression(row, c -> "in[n - " + -c.column() + "]", false, p));
        }
        return b.build();
    }

    /** {@code h^(-m)} as a Java expression in {@code h}. */
    private static String scale(int m, Precision p) {
        String one = "1" + point(p);
        if (m == 0) {
            return one;
        }
        if (m > 8) {
            return one + " / " + (p == Precision.SINGLE ? "(float) " : "") + "Math.pow(h, " + m + ")";
        }
        return one + " / " + (m == 1 ? "h" : "(" + Spell.product("h", m) + ")");
    }

    /** A comment with the exact weights. */
    private static CodeBlock exact(Sum sum) {
        return CodeBlock.builder().add("// exact: $L\n", sum.exactText()).build();
    }

    /** @return {@code s} or {@code (s / 12.0)}: what the sum of the written coefficients times the samples is multiplied by */
    private static String factor(Sum sum, Precision p) {
        return sum.divided() ? "(" + Spell.factor(sum, point(p)) + ")" : "s";
    }

    /** {@code (c0 * x0 + c1 * x1 + ...) * factor}, zero weights left out; {@code si} when hoisted. */
    private static String expression(Sum sum, Function<Sum.Term, String> sample, boolean hoisted, Precision p) {
        List<String> terms = Spell.terms(sum, sample, c -> c + point(p), v -> literal(v, p));
        if (terms.isEmpty()) {
            return "0" + point(p);
        }
        return "(" + Spell.joined(terms) + ") * "
                + (hoisted ? "si" : sum.divided() ? "(" + Spell.factor(sum, point(p)) + ")" : "s");
    }

    /** A class with {@code apply(double[] f, int i, double h1, ...)}, or the strided form in several dimensions. */
    @Override
    public String emit(SymbolicKernel k, String name) {
        int dot = name.lastIndexOf('.');
        String simple = name.substring(dot + 1);
        StringBuilder b = new StringBuilder("// Generated by Stencilforge. Exact weights; do not edit, regenerate.\n");
        if (dot > 0) {
            b.append("package ").append(name, 0, dot).append(";\n\n");
        }
        b.append("/**\n");
        k.doc().forEach(line -> b.append(" * ").append(line.replace("*/", "* /")).append('\n'));
        b.append(" */\npublic final class ").append(simple).append(" {\n    private ").append(simple)
                .append("() {\n    }\n\n    /** The stencil at {@code f[").append(k.dimension() == 1 ? "i" : "index")
                .append("]}; every sample must lie in the array. */\n    public static double apply(double[] f, ")
                .append(k.dimension() == 1 ? "int i" : "int index, int[] strides");
        k.parameters().forEach(p -> b.append(", double ").append(p));
        b.append(") {\n        return ");
        List<String> terms = new java.util.ArrayList<>();
        for (SymbolicKernel.Term t : k.terms()) {
            terms.add(ExprSpell.spell(t.coefficient(), "") + " * f[" + symbolicIndex(t.at(), "[", "]", 0) + "]");
        }
        b.append(terms.isEmpty() ? "0.0" : String.join("\n                + ", terms)).append(";\n    }\n}\n");
        return b.toString();
    }

    /** @return {@code i - 1}, or {@code index - strides[0] + 2 * strides[1]} with the given brackets and first index */
    static String symbolicIndex(List<Integer> at, String open, String close, int first) {
        if (at.size() == 1) {
            return Spell.index("i", at.get(0));
        }
        StringBuilder b = new StringBuilder("index");
        for (int a = 0; a < at.size(); a++) {
            int c = at.get(a);
            if (c != 0) {
                b.append(c < 0 ? " - " : " + ").append(Math.abs(c) == 1 ? "" : Math.abs(c) + " * ")
                        .append("strides").append(open).append(a + first).append(close);
            }
        }
        return b.toString();
    }
    /**
     * A compact scheme: a final class with {@code applyAll(f, out, h)} (and with a caller's
     * {@code work} of {@code workLength(n)} doubles) solving {@code A out = h^(-m) B f} by the
     * algorithm of {@link CompactKernel}, and {@code MIN_LENGTH}. Plain text, laid out as JavaPoet would.
     */
    @Override
    public String emit(CompactKernel k, String name) {
        int dot = name.lastIndexOf('.');
        String simple = name.substring(dot + 1);
        int m = k.derivative();
        String lo = Integer.toString(k.lower());
        StringBuilder b = new StringBuilder();
        if (dot >= 0) {
            b.append("package ").append(name, 0, dot).append(";\n\n");
        }
        b.append("/**\n * Generated by Stencilforge. Exact weights; do not edit, regenerate.\n *\n");
        for (String line : k.doc()) {
            b.append(line.isEmpty() ? " *\n" : " * " + line.replace("*/", "* /").replace("@", "{@literal @}") + "\n");
        }
        b.append(" *\n * <p>{@code applyAll(f, out, h)}: {@code out} = the derivative at every point of the samples {@code f}\n")
                .append(" * spaced {@code h} apart, the solution of {@code A out = h^-").append(m).append(" B f} (")
                .append(k.lower() == 1 && k.upper() == 1 ? "Thomas's algorithm"
                        : "band LU, " + k.lower() + " below and " + k.upper() + " above the diagonal")
                .append(k.periodic() ? ", corners by Sherman-Morrison-Woodbury" : "").append(");\n")
                .append(" * {@code applyAll(f, out, h, work)} with {@code workLength(n)} doubles of work, allocating nothing.\n")
                .append(" * Arrays shorter than {@code MIN_LENGTH} or of different lengths throw IllegalArgumentException.\n */\n")
                .append("public final class ").append(simple).append(" {\n\n")
                .append("    /** The shortest array. */\n    public static final int MIN_LENGTH = ").append(k.minLength())
                .append(";\n\n");
        if (!k.aTop().isEmpty()) {
            b.append("    private static final double[][] A_TOP = {\n");
            for (List<org.stencilforge.arithmetic.Rational> row : k.aTop()) {
                b.append("        {").append(compactBand(row)).append("}, // ").append(compactExact(row)).append("\n");
            }
            b.append("    };\n");
        }
        b.append("    /** Row i of A at columns i - ").append(lo).append(" .. i + ").append(k.upper())
                .append(" in the interior. */\n    private static final double[] A_INTERIOR = {")
                .append(compactBand(k.aInterior())).append("}; // ").append(compactExact(k.aInterior())).append("\n");
        if (!k.aBottom().isEmpty()) {
            b.append("    private static final double[][] A_BOTTOM = {\n");
            for (List<org.stencilforge.arithmetic.Rational> row : k.aBottom()) {
                b.append("        {").append(compactBand(row)).append("}, // ").append(compactExact(row)).append("\n");
            }
            b.append("    };\n");
        }
        b.append("\n    private ").append(simple).append("() {\n    }\n\n")
                .append("    /** @return the doubles of work {@code applyAll} needs for {@code n} points */\n")
                .append("    public static int workLength(int n) {\n        return ")
                .append(CompactKernelSolver.workLength(k)).append(";\n    }\n\n");
        if (k.periodic()) {
            b.append(CompactKernelSolver.helpers(k, CompactKernelSolver.Dialect.JAVA, name, "    "));
        }
        b.append("    /** {@code out} = the derivative at every point of {@code f}, allocating its work. */\n")
                .append("    public static void applyAll(double[] f, double[] out, double h) {\n")
                .append("        applyAll(f, out, h, new double[workLength(f.length)]);\n    }\n\n");
        b.append("    /** {@code out} = the derivative at every point of {@code f}, with {@code workLength(f.length)} doubles of work. */\n")
                .append("    public static void applyAll(double[] f, double[] out, double h, double[] work) {\n")
                .append("        int n = f.length;\n")
                .append("        if (n < MIN_LENGTH || out.length != n || work.length < workLength(n)) {\n")
                .append("            throw new IllegalArgumentException(\"need f and out of one length >= \" + MIN_LENGTH"
                        + " + \" and work of workLength(n), not \" + n + \", \" + out.length + \", \" + work.length);\n")
                .append("        }\n")
                .append("        double s = ").append(Spell.scale(m, "1.0")).append(";\n");
        Rows d = k.b();
        Sum interior = d.interior();
        if (k.periodic()) {
            int below = interior.below(0);
            int above = interior.above(0);
            b.append("        // exact: ").append(interior.exactText()).append("\n")
                    .append("        for (int i = ").append(below).append("; i < ").append(Spell.index("n", -above))
                    .append("; i++) {\n            out[i] = ")
                    .append(compactSum(interior, c -> "f[" + Spell.index("i", c.column()) + "]"))
                    .append(";\n        }\n")
                    .append("        for (int t = 0; t < ").append(below + above).append("; t++) {\n")
                    .append("            int i = t < ").append(below).append(" ? t : n - ").append(below + above)
                    .append(" + t;\n            out[i] = ")
                    .append(compactSum(interior, c -> "f[(" + Spell.index("i", c.column()) + " + n) % n]"))
                    .append(";\n        }\n");
        } else {
            for (int t = 0; t < d.top().size(); t++) {
                Sum row = d.top().get(t);
                b.append("        // exact: ").append(row.exactText()).append("\n        out[").append(t).append("] = ")
                        .append(compactSum(row, c -> "f[" + c.column() + "]")).append(";\n");
            }
            b.append("        // exact: ").append(interior.exactText()).append("\n")
                    .append("        for (int i = ").append(d.interiorStart()).append("; i < ")
                    .append(Spell.index("n", -d.interiorEndBeforeN())).append("; i++) {\n            out[i] = ")
                    .append(compactSum(interior, c -> "f[" + Spell.index("i", c.column()) + "]"))
                    .append(";\n        }\n");
            for (int t = 0; t < d.bottom().size(); t++) {
                Sum row = d.bottom().get(t);
                b.append("        // exact: ").append(row.exactText()).append("\n        out[n - ")
                        .append(d.bottomRowFromN(t)).append("] = ")
                        .append(compactSum(row, c -> "f[n - " + -c.column() + "]")).append(";\n");
            }
        }
        b.append(CompactKernelSolver.solve(k, CompactKernelSolver.Dialect.JAVA, name, "        "));
        return b.append("    }\n}\n").toString();
    }

    /** {@code (c0 * x0 + ...) * s / 12.0}, as C writes it. */
    private static String compactSum(Sum sum, Function<Sum.Term, String> sample) {
        List<String> terms = Spell.terms(sum, sample, c -> c + ".0", Spell::literal);
        if (terms.isEmpty()) {
            return "0.0";
        }
        return "(" + Spell.joined(terms) + ") * " + (sum.divided() ? "(" + Spell.factor(sum, ".0") + ")" : "s");
    }

    private static String compactBand(List<org.stencilforge.arithmetic.Rational> row) {
        return row.stream().map(x -> Spell.literal(x.toDouble())).collect(java.util.stream.Collectors.joining(", "));
    }

    private static String compactExact(List<org.stencilforge.arithmetic.Rational> row) {
        return "exact: " + row.stream().map(Object::toString).collect(java.util.stream.Collectors.joining(", "));
    }

    /**
     * The whole operator on a tensor grid: {@code applyAll} and {@code applyAdjoint} on flat
     * arrays with strides (and on {@code double[][]} in two dimensions), row by row: the interior
     * written out as a straight loop, every other region of constant offsets read from the tables
     * once per run of rows, then a plain loop of multiply-adds.
     */
    @Override
    public String emit(GridKernel k, String name) {
        int d = k.dimension();
        StringBuilder b = new StringBuilder("/*\n * Generated by Stencilforge. Exact weights; do not edit, regenerate.\n */\n\n");
        b.append("/**\n");
        for (String line : k.doc()) {
            b.append(" * ").append(line.replace("<", "&lt;").replace(">", "&gt;")).append("\n");
        }
        b.append(" *\n * <p>{@code applyAll(in, out, n, strides, h)}: out = D in; {@code applyAdjoint}: out = D^T in, the exact\n"
                + " * transpose, so that &lt;D u, v&gt; = &lt;u, D^T v&gt; up to rounding. in and out share the strides\n"
                + " * (row-major: the last stride 1). For n[a] below MIN_LENGTH[a] every output is NaN.\n");
        if (d == 2) {
            b.append(" * {@code applyAll(double[][] f, double h)} and {@code applyAdjoint(double[][] f, double h)} copy a\n"
                    + " * rectangular f[i][j] to a flat array, apply, and return a new array.\n");
        }
        b.append(" */\npublic final class ").append(name).append(" {\n\n    /** The dimension. */\n    public static final int DIMENSION = ")
                .append(d).append(";\n\n    /** The shortest length per axis. */\n    public static final int[] MIN_LENGTH = {")
                .append(String.join(", ", k.minLength().stream().map(String::valueOf).toList())).append("};\n\n")
                .append("    private ").append(name).append("() {\n    }\n\n");
        b.append("    // D (OP) and D^T (ADJ) by regions. On axis a the rows fall into classes: class c < T[a] is row c,\n"
                + "    // class T[a] the rows T[a] <= i < n[a] - B[a], class T[a] + 1 + k the row n[a] - B[a] + k. A region\n"
                + "    // is one class per axis (numbered with the last axis fastest); its rows are one stencil: the terms\n"
                + "    // START[r] <= k < START[r + 1], term k reading the input at offset AT[k d + a] + WRAP[k d + a] * n[a]\n"
                + "    // on axis a with coefficient C[k], the sum divided by DIV[r].\n");
        int widest = Math.max(1, Math.max(k.operator().widest(), k.adjoint().widest()));
        StringBuilder chunks = new StringBuilder();
        for (String which : new String[] {"OP", "ADJ"}) {
            GridKernel.Part part = which.equals("OP") ? k.operator() : k.adjoint();
            GridKernelTables t = GridKernelTables.of(part);
            List<List<String>> cs = new java.util.ArrayList<>();
            List<List<String>> as = new java.util.ArrayList<>();
            List<List<String>> ws = new java.util.ArrayList<>();
            for (int r = 0; r < t.regions(); r++) {
                List<String> c = new java.util.ArrayList<>(List.of("// " + t.exact().get(r)));
                List<String> a = new java.util.ArrayList<>();
                List<String> w = new java.util.ArrayList<>();
                for (int j = t.start().get(r); j < t.start().get(r + 1); j++) {
                    c.add(Spell.literal(t.c().get(j)));
                    for (int x = 0; x < d; x++) {
                        a.add(Integer.toString(t.at().get(j * d + x)));
                        w.add(Integer.toString(t.wrap().get(j * d + x)));
                    }
                }
                cs.add(c);
                as.add(a);
                ws.add(w);
            }
            javaTable(b, chunks, "int", which + "_START", List.of(t.start().stream().map(String::valueOf).toList()));
            javaTable(b, chunks, "int", which + "_AT", as);
            javaTable(b, chunks, "int", which + "_WRAP", part.wraps() ? ws : List.of());
            javaTable(b, chunks, "double", which + "_C", cs);
            javaTable(b, chunks, "double", which + "_DIV", List.of(t.div().stream().map(Spell::literal).toList()));
        }
        b.append("\n    /** The offsets of the terms of region r for this grid's sizes and strides. */\n")
                .append("    private static void offsets(int[] start, int[] at, int[] wrap, int r, int[] n, int[] strides, int[] off) {\n")
                .append("        for (int k = start[r]; k < start[r + 1]; k++) {\n            int o = 0;\n")
                .append("            for (int a = 0; a < ").append(d).append("; a++) {\n")
                .append("                o += (at[k * ").append(d).append(" + a] + (wrap.length == 0 ? 0 : wrap[k * ").append(d)
                .append(" + a] * n[a])) * strides[a];\n            }\n            off[k - start[r]] = o;\n        }\n    }\n\n")
                .append("    /** out[index] for index = base + j * step, from <= j < to: the region's terms at constant offsets. */\n")
                .append("    private static void run(double[] c, int first, int count, int[] off, double f, double[] in, double[] out,\n"
                        + "            int base, int step, int from, int to) {\n")
                .append("        for (int j = from; j < to; j++) {\n            final int index = base + j * step;\n"
                        + "            double acc = 0.0;\n            for (int k = 0; k < count; k++) {\n"
                        + "                acc += c[first + k] * in[index + off[k]];\n            }\n"
                        + "            out[index] = acc * f;\n        }\n    }\n\n");
        javaGridSweep(b, k, "applyAll", "OP", k.operator(), widest);
        javaGridSweep(b, k, "applyAdjoint", "ADJ", k.adjoint(), widest);
        if (d == 2) {
            for (String method : new String[] {"applyAll", "applyAdjoint"}) {
                b.append("    /**\n     * @param f a rectangular array f[i][j] of the grid's values\n     * @param h the spacing\n"
                        + "     * @return a new array, ").append(method.equals("applyAll") ? "D f" : "D^T f").append("\n     */\n")
                        .append("    public static double[][] ").append(method).append("(double[][] f, double h) {\n")
                        .append("        int n0 = f.length;\n        int n1 = n0 == 0 ? 0 : f[0].length;\n")
                        .append("        double[] flat = new double[n0 * n1];\n        for (int i = 0; i < n0; i++) {\n")
                        .append("            if (f[i].length != n1) {\n                throw new IllegalArgumentException(\"f is not rectangular\");\n            }\n")
                        .append("            System.arraycopy(f[i], 0, flat, i * n1, n1);\n        }\n")
                        .append("        double[] out = new double[n0 * n1];\n        ").append(method)
                        .append("(flat, out, new int[] {n0, n1}, new int[] {n1, 1}, h);\n")
                        .append("        double[][] g = new double[n0][];\n        for (int i = 0; i < n0; i++) {\n")
                        .append("            g[i] = java.util.Arrays.copyOfRange(out, i * n1, (i + 1) * n1);\n        }\n        return g;\n    }\n\n");
            }
        }
        b.append(chunks);
        return b.append("}\n").toString();
    }

    /** Values per table before it is split into methods of their own (a method's code is at most 64 KB). */
    private static final int JAVA_CHUNK = 2000;

    /**
     * {@code private static final TYPE[] NAME = {...};} of the groups (a group starting with a
     * {@code //} comment line has it written before its values); a large table is built by methods
     * of at most {@link #JAVA_CHUNK} values each, written into {@code chunks}.
     */
    private static void javaTable(StringBuilder b, StringBuilder chunks, String type, String name, List<List<String>> groups) {
        List<List<String>> parts = new java.util.ArrayList<>(List.of(new java.util.ArrayList<>()));
        int inPart = 0;
        for (List<String> g : groups) {
            int values = (int) g.stream().filter(v -> !v.startsWith("//")).count();
            if (inPart > 0 && inPart + values > JAVA_CHUNK) {
                parts.add(new java.util.ArrayList<>());
                inPart = 0;
            }
            parts.get(parts.size() - 1).addAll(javaLines(g));
            inPart += values;
        }
        if (parts.size() == 1) {
            b.append("    private static final ").append(type).append("[] ").append(name).append(" = {\n");
            parts.get(0).forEach(l -> b.append("        ").append(l).append("\n"));
            b.append("    };\n");
            return;
        }
        b.append("    private static final ").append(type).append("[] ").append(name).append(" = join").append(type.equals("int") ? "Ints" : "Doubles")
                .append("(");
        for (int i = 0; i < parts.size(); i++) {
            String method = name.toLowerCase(java.util.Locale.ROOT) + i;
            b.append(i == 0 ? "" : ", ").append(method).append("()");
            chunks.append("    private static ").append(type).append("[] ").append(method).append("() {\n        return new ")
                    .append(type).append("[] {\n");
            parts.get(i).forEach(l -> chunks.append("            ").append(l).append("\n"));
            chunks.append("        };\n    }\n\n");
        }
        b.append(");\n");
        String join = type.equals("int") ? "joinInts" : "joinDoubles";
        if (chunks.indexOf(" " + join + "(") < 0) {
            chunks.append("    private static ").append(type).append("[] ").append(join).append("(").append(type)
                    .append("[]... parts) {\n        int length = 0;\n        for (").append(type)
                    .append("[] p : parts) {\n            length += p.length;\n        }\n        ").append(type)
                    .append("[] out = new ").append(type).append("[length];\n        int at = 0;\n        for (").append(type)
                    .append("[] p : parts) {\n            System.arraycopy(p, 0, out, at, p.length);\n            at += p.length;\n"
                            + "        }\n        return out;\n    }\n\n");
        }
    }

    /** A group's lines: its comment, then its values wrapped, each followed by a comma. */
    private static List<String> javaLines(List<String> group) {
        List<String> out = new java.util.ArrayList<>();
        List<String> values = new java.util.ArrayList<>();
        for (String v : group) {
            if (v.startsWith("//")) {
                out.add(v);
            } else {
                values.add(v);
            }
        }
        if (!values.isEmpty()) {
            Spell.wrap(String.join(", ", values) + ",", 96).forEach(l -> out.add(l.strip()));
        }
        return out;
    }

    private static void javaGridSweep(StringBuilder b, GridKernel k, String method, String which, GridKernel.Part part,
            int widest) {
        int d = k.dimension();
        int last = d - 1;
        List<Integer> counts = part.classCounts();
        int tl = part.below().get(last);
        int bl = part.above().get(last);
        int rl = counts.get(last);
        Sum interior = part.interior();
        b.append("    /**\n     * @param in the input, flat\n     * @param out the output, flat, the same strides\n"
                + "     * @param n the points per axis\n     * @param strides the stride of every axis\n     * @param h the spacing\n     */\n")
                .append("    public static void ").append(method)
                .append("(double[] in, double[] out, int[] n, int[] strides, double h) {\n")
                .append("        final double s = ").append(Spell.scale(k.order(), "1.0")).append(";\n");
        for (int a = 0; a < d; a++) {
            b.append("        final int s").append(a).append(" = strides[").append(a).append("];\n");
        }
        b.append("        boolean small = false;\n")
                .append("        for (int a = 0; a < ").append(d).append("; a++) {\n            small |= n[a] < MIN_LENGTH[a];\n        }\n")
                .append("        if (small) {\n");
        String indent = "            ";
        StringBuilder close = new StringBuilder();
        StringBuilder at = new StringBuilder();
        for (int a = 0; a < d; a++) {
            b.append(indent).append("for (int i").append(a).append(" = 0; i").append(a).append(" < n[").append(a)
                    .append("]; i").append(a).append("++) {\n");
            close.insert(0, indent + "}\n");
            indent += "    ";
            at.append(a == 0 ? "" : " + ").append("i").append(a).append(" * s").append(a);
        }
        b.append(indent).append("out[").append(at).append("] = Double.NaN;\n").append(close)
                .append("            return;\n        }\n")
                .append("        // the grid this code was generated for, in row-major order: a loop of constant bounds\n")
                .append("        final boolean fixed = ").append(CEmitter.fixedCondition(k)).append(";\n")
                .append("        // the offsets of the regions of the current run of rows, per class of the last axis\n")
                .append("        final int[][] off = new int[").append(rl).append("][").append(widest).append("];\n")
                .append("        int cached = -1;\n");
        indent = "        ";
        close = new StringBuilder();
        StringBuilder base = new StringBuilder();
        StringBuilder row = new StringBuilder();
        StringBuilder inner = new StringBuilder();
        for (int a = 0; a < last; a++) {
            int t = part.below().get(a);
            int bb = part.above().get(a);
            b.append(indent).append("for (int i").append(a).append(" = 0; i").append(a).append(" < n[").append(a)
                    .append("]; i").append(a).append("++) {\n");
            close.insert(0, indent + "}\n");
            indent += "    ";
            b.append(indent).append("final int c").append(a).append(" = i").append(a).append(" < ").append(t)
                    .append(" ? i").append(a).append(" : i").append(a).append(" >= n[").append(a).append("] - ")
                    .append(bb).append(" ? ").append(t + 1).append(" + i").append(a).append(" - (n[").append(a)
                    .append("] - ").append(bb).append(") : ").append(t).append(";\n");
            base.append(a == 0 ? "" : " + ").append("i").append(a).append(" * s").append(a);
            row.append(a == 0 ? "c0" : " * " + counts.get(a) + " + c" + a);
            inner.append(a == 0 ? "" : " && ").append("c").append(a).append(" == ").append(t);
        }
        b.append(indent).append("final int base = ").append(base).append(";\n")
                .append(indent).append("final int row = (").append(row).append(") * ").append(rl).append(";\n")
                .append(indent).append("final int lo = ").append(tl).append(";\n")
                .append(indent).append("final int hi = n[").append(last).append("] - ").append(bl).append(";\n")
                .append(indent).append("if (row != cached) {\n")
                .append(indent).append("    for (int c = 0; c < ").append(rl).append("; c++) {\n")
                .append(indent).append("        offsets(").append(which).append("_START, ").append(which).append("_AT, ")
                .append(which).append("_WRAP, row + c, n, strides, off[c]);\n")
                .append(indent).append("    }\n").append(indent).append("    cached = row;\n").append(indent).append("}\n")
                .append(indent).append("for (int c = 0; c < ").append(tl).append("; c++) {\n")
                .append(indent).append("    ").append(javaRun(which, "row + c", "c", "c", "c + 1", last)).append(indent).append("}\n")
                .append(indent).append("if (").append(inner).append(") {\n")
                .append(indent).append("    if (fixed) {\n")
                .append(indent).append("        // these points are left to ").append(method).append("Interior, after the sweep\n")
                .append(indent).append("    } else if (s").append(last).append(" == 1) {\n")
                .append(indent).append("        for (int index = base + lo; index < base + hi; index++) {\n")
                .append(indent).append("            out[index] = ").append(javaExpression(interior, true)).append(";\n")
                .append(indent).append("        }\n").append(indent).append("    } else {\n")
                .append(indent).append("        for (int j = lo; j < hi; j++) {\n")
                .append(indent).append("            final int index = base + j * s").append(last).append(";\n")
                .append(indent).append("            out[index] = ").append(javaExpression(interior, false)).append(";\n")
                .append(indent).append("        }\n").append(indent).append("    }\n")
                .append(indent).append("} else {\n")
                .append(indent).append("    ").append(javaRun(which, "row + " + tl, Integer.toString(tl), "lo", "hi", last))
                .append(indent).append("}\n")
                .append(indent).append("for (int c = 0; c < ").append(bl).append("; c++) {\n")
                .append(indent).append("    ").append(javaRun(which, "row + " + (tl + 1) + " + c", (tl + 1) + " + c", "hi + c",
                        "hi + c + 1", last))
                .append(indent).append("}\n")
                .append(close)
                .append("        if (fixed) {\n")
                .append("            ").append(method).append("Interior(in, out, s);\n")
                .append("        }\n    }\n\n");
        javaFixedInterior(b, k, method, part);
        b.append("    /** One interior row of the grid the code was generated for: constant offsets, a small method C2 compiles on its own. */\n")
                .append("    private static void ").append(method).append("Row(double[] in, double[] out, int from, int to, double s) {\n")
                .append("        for (int index = from; index < to; index++) {\n")
                .append("            out[index] = ").append(javaFixedExpression(interior, k)).append(";\n")
                .append("        }\n    }\n\n");
    }

    /**
     * The points where every axis is interior, on the grid the code was generated for, as one loop nest of
     * constant bounds in a method of its own: C2 compiles it as it does a hand-written loop (the same rows
     * inlined into the sweep measured 1.2 times slower).
     */
    private static void javaFixedInterior(StringBuilder b, GridKernel k, String method, GridKernel.Part part) {
        int last = k.dimension() - 1;
        List<Integer> strides = k.rowMajorStrides();
        b.append("    /** The points where every axis is interior, on the grid the code was generated for: constant bounds. */\n")
                .append("    private static void ").append(method).append("Interior(double[] in, double[] out, double s) {\n");
        String indent = "        ";
        StringBuilder close = new StringBuilder();
        StringBuilder base = new StringBuilder();
        for (int a = 0; a < last; a++) {
            b.append(indent).append("for (int i").append(a).append(" = ").append(part.below().get(a)).append("; i").append(a)
                    .append(" < ").append(k.sizes().get(a) - part.above().get(a)).append("; i").append(a).append("++) {\n");
            close.insert(0, indent + "}\n");
            indent += "    ";
            base.append(a == 0 ? "" : " + ").append("i").append(a).append(" * ").append(strides.get(a));
        }
        b.append(indent).append("final int base = ").append(base).append(";\n")
                .append(indent).append(method).append("Row(in, out, base + ").append(part.below().get(last))
                .append(", base + ").append(k.sizes().get(last) - part.above().get(last)).append(", s);\n")
                .append(close).append("    }\n\n");
    }

    /** {@code run(...)} of region {@code r} on the last axis's points {@code from .. to - 1} of the row. */
    private static String javaRun(String which, String r, String slot, String from, String to, int last) {
        return "run(" + which + "_C, " + which + "_START[" + r + "], " + which + "_START[" + r + " + 1] - " + which + "_START[" + r
                + "], off[" + slot + "], s / " + which + "_DIV[" + r + "], in, out, base, s" + last + ", " + from + ", " + to + ");\n";
    }

    private static String javaFixedExpression(Sum sum, GridKernel k) {
        List<String> terms = Spell.terms(sum, t -> "in[index" + CEmitter.fixedOffset(t.at(), k) + "]",
                c -> c + ".0", Spell::literal);
        if (terms.isEmpty()) {
            return "0.0";
        }
        return "(" + Spell.joined(terms) + ") * " + (sum.divided() ? "(" + Spell.factor(sum, ".0") + ")" : "s");
    }

    /** {@code (c0 * in[index - s0] + ...) * s}, the factor divided by the common denominator when written as integers. */
    private static String javaExpression(Sum sum, boolean unitLast) {
        List<String> terms = Spell.terms(sum, t -> "in[index" + CEmitter.gridOffset(t.at(), unitLast) + "]",
                c -> c + ".0", Spell::literal);
        if (terms.isEmpty()) {
            return "0.0";
        }
        return "(" + Spell.joined(terms) + ") * " + (sum.divided() ? "(" + Spell.factor(sum, ".0") + ")" : "s");
    }
}
