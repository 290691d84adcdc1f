/**
 * Code generation: source files in Java, C, Fortran and Python that apply an
 * exact stencil in double precision.
 *
 * <p>It works in two steps, so that what a kernel computes is decided once and
 * each language only spells it. {@link org.stencilforge.codegen.Kernels} builds
 * a language-neutral description from the model: an
 * {@link org.stencilforge.codegen.ArrayKernel} for a one-dimensional
 * whole-array operator (the rows of {@code D} and of its exact transpose
 * {@code D^T}: top closures with absolute columns, the interior row relative to
 * the row index, bottom closures relative to the length; the scale
 * {@code h^(-m)}; the shortest array) or a
 * {@link org.stencilforge.codegen.PointKernel} for a multidimensional stencil
 * with integer offsets, a {@link org.stencilforge.codegen.SymbolicKernel}
 * for a stencil with symbolic spacings (coefficients that are expressions in
 * the function's spacing arguments, spelled by
 * {@link org.stencilforge.codegen.ExprSpell}), or a
 * {@link org.stencilforge.codegen.LineKernel} for any other whole 1-D operator
 * (periodic, staggered, chosen closures, convolution modes: the same
 * {@link org.stencilforge.codegen.Rows}, plus the output length
 * {@code n + extra} and periodic wrap-around), spelled table-driven with
 * {@code apply_normal} and {@code gradient}; or a
 * {@link org.stencilforge.codegen.CompactKernel} for a compact scheme, spelled as
 * a banded solve of {@code A d = h^(-m) B f} (Sherman–Morrison–Woodbury when
 * periodic; one text for C and Java, {@link org.stencilforge.codegen.CompactKernelSolver}); or a {@link org.stencilforge.codegen.NodeKernel} for weights or a
 * matrix on given (non-uniform or real) nodes, its coefficients rounded to the
 * precision when it is built (from exact rationals, or from real balls that must
 * settle to one binary value), spelled as banded tables. Every weighted sum is a
 * {@link org.stencilforge.codegen.Sum}, which also fixes how its coefficients
 * are written: integers over their common denominator when every numerator is
 * exactly a double ({@code |c| <= 2^53}), otherwise each weight as its
 * correctly rounded double. Either way a comment beside it gives the exact
 * fractions. In single precision ({@link org.stencilforge.codegen.Precision},
 * {@code Sum.in}, {@code Language.emit(kernel, name, precision)}) the same rule
 * holds with {@code 2^24} and floats: each weight is the exact fraction rounded
 * once to binary32, never through a double, and the emitters write float types
 * and suffixed literals. The documentation of the generated file (the derivative, the
 * formula, the order and the leading error, in the plain notation of
 * {@link org.stencilforge.render.Notation}) is computed there too.
 * {@code Kernels} is the only class that reads the model's types.
 *
 * <p>Then a {@link org.stencilforge.codegen.Language} spells a kernel as one
 * complete file: {@code Language.C.emit(Kernels.of(operator), "d2")}. Each
 * language checks the name a user gives ({@link
 * org.stencilforge.codegen.Language#checkName}) against its own identifier rules
 * and reserved words, and refuses a bad one with a
 * {@link org.stencilforge.StencilforgeException} of one sentence; the rules
 * and keyword lists live beside that language's emitter. What is generated:
 * <ul>
 * <li>Java: a final class, {@code apply(f, i, h)}, {@code applyAll(in, out, h)},
 * {@code applyAdjoint(in, out, h)}, {@code MIN_LENGTH}; its output is the one
 * the project has always generated, byte for byte.</li>
 * <li>C: one C99 header of {@code static inline} functions prefixed by the
 * name; bad sizes give NaN rather than a read outside the array.</li>
 * <li>Fortran: a 2008 module of {@code pure} procedures on {@code real(real64)},
 * indices 1-based; bad sizes give NaN.</li>
 * <li>Python: a NumPy module whose whole-array functions are a few vectorised
 * slicing operations; bad shapes raise {@code ValueError}.</li>
 * </ul>
 *
 * <p>Two forms, chosen once in the neutral kernel so that every language agrees
 * ({@link org.stencilforge.codegen.ArrayKernel#table()},
 * {@link org.stencilforge.codegen.PointKernel#table()}, by the rule of
 * {@link org.stencilforge.codegen.Kernels#table}): small kernels are unrolled,
 * every sum written out term by term (the Java output is then the one the project
 * has always generated); a kernel whose method would unroll more than
 * {@link org.stencilforge.codegen.Kernels#TABLE_TERMS} terms, or with a sum of
 * more than {@link org.stencilforge.codegen.Kernels#TABLE_SUM_TERMS}, is
 * table-driven: the coefficients as written
 * ({@link org.stencilforge.codegen.Sum#written}) of every row, dense from its
 * first column ({@link org.stencilforge.codegen.Sum#dense}), rows in
 * {@link org.stencilforge.codegen.Rows#tableOrder()}, with each row's first column
 * and divisor, and one loop applies a row (a stencil: its offsets and coefficients
 * and one loop). That keeps javac under its 64 KB per method and its constant pool
 * (Java parses each row once from string constants), Fortran under 255
 * continuation lines (DATA statements of at most 256 numbers), Python's parser
 * away from huge expressions, and compile times of gcc and gfortran at seconds.
 * {@code apply} and the whole-array functions sum a row in the same order, so
 * they still agree exactly; the exact fractions stay in comments beside each row.
 *
 * <p>Promises: the coefficients in generated code are the exact weights, as
 * integers exactly representable in double precision or as correctly rounded
 * doubles; so on polynomials the operators reproduce the exact derivative to
 * rounding, and the generated adjoint is the exact transpose of the generated
 * operator. The same kernel and name always give byte-identical text. Nothing
 * a user typed reaches a file except a name the language has accepted. Every
 * type here is immutable and every method safe to call from any thread.
 */
package org.stencilforge.codegen;
