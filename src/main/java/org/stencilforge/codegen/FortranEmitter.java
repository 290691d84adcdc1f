package org.stencilforge.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Fortran 2008: a module {@code NAME} with {@code pure} procedures on
 * {@code real(real64)} arrays. One-dimensional: {@code apply(f, i, h)} with a
 * 1-based {@code i} like {@code f} itself, {@code apply_all(fin, fout, h)},
 * {@code apply_adjoint(fin, fout, h)} and {@code min_length}. Multidimensional:
 * {@code apply(f, index, strides, h)} on a flat array, {@code index} 1-based.
 * Every literal has kind {@code real64}; statements are continued before 132
 * columns.
 */
final class FortranEmitter implements Emitter {

    /**
     * Statement keywords of Fortran 2008. Fortran reserves none, but a module
     * named like one reads badly and confuses tools; they are refused.
     */
    static final Set<String> KEYWORDS = Set.of("abstract", "all", "allocatable", "allocate", "assign",
            "associate", "asynchronous", "backspace", "bind", "block", "call", "case", "character", "class",
            "close", "codimension", "common", "complex", "concurrent", "contains", "contiguous", "continue",
            "critical", "cycle", "data", "deallocate", "default", "deferred", "dimension", "do", "double",
            "elemental", "else", "elseif", "elsewhere", "end", "endfile", "entry", "enum", "enumerator",
            "equivalence", "error", "exit", "extends", "external", "final", "flush", "forall", "format", "function",
            "generic", "go", "goto", "if", "images", "implicit", "import", "impure", "in", "inout", "inquire",
            "integer", "intent", "interface", "intrinsic", "kind", "len", "lock", "logical", "memory", "module",
            "namelist", "none", "non_intrinsic", "non_overridable", "nopass", "nullify", "only", "open", "operator",
            "optional", "out", "parameter", "pass", "pause", "pointer", "precision", "print", "private",
            "procedure", "program", "protected", "public", "pure", "read", "real", "recursive", "result", "return",
            "rewind", "save", "select", "sequence", "stop", "submodule", "subroutine", "sync", "target", "then",
            "type", "unlock", "use", "value", "volatile", "wait", "where", "while", "write");

    /**
     * Names the module itself uses (its procedures, arguments and locals) and
     * the intrinsic modules and their entities it uses, or that a program
     * using it may: a module of that name would clash.
     */
    static final Set<String> TAKEN = Set.of("apply", "apply_all", "apply_adjoint", "min_length", "f", "i", "h", "d",
            "s", "si", "n", "fin", "fout", "index", "strides", "ndim", "size", "real64", "real32", "ieee_value", "ieee_quiet_nan",
            "iso_fortran_env", "iso_c_binding",
            "row", "rows", "op_c", "op_div", "op_start", "op_first", "adj_c", "adj_div", "adj_start", "adj_first",
            "off", "c", "ieee_arithmetic", "ieee_exceptions", "ieee_features",
            "omp_lib", "omp_lib_kinds", "openacc", "mpi", "mpi_f08",
            "extra", "apply_normal", "gradient", "lines");

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    /** The longest line written, well inside free form's 132 characters. */
    private static final int WIDTH = 100;

    /** The one instance: an emitter keeps no state. */
    static final FortranEmitter INSTANCE = new FortranEmitter();

    private FortranEmitter() {
    }

    /**
     * @param name a symbol that becomes an argument of a generated function
     * @return the name, if it is a Fortran name and no keyword (module-level names do not matter there)
     */
    static String checkArgument(String name) {
        if (!IDENTIFIER.matcher(name).matches() || name.length() > 63) {
            throw Language.refused(name, "is not a Fortran name", "use letters, digits and _, starting with a letter");
        }
        if (KEYWORDS.contains(name.toLowerCase(Locale.ROOT)) || name.equalsIgnoreCase("real64") || name.equalsIgnoreCase("real32")) {
            throw Language.refused(name, "is a Fortran keyword", "use another name, e.g. " + name + "_1");
        }
        return name;
    }

    @Override
    public String checkName(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw Language.refused(name, "is not a Fortran name",
                    "use letters, digits and _, starting with a letter, e.g. d2_central");
        }
        if (name.length() > 63) {
            throw Language.refused(name, "is longer than Fortran's 63 characters", "use a shorter name");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (KEYWORDS.contains(lower)) {
            throw Language.refused(name, "is a Fortran keyword", "use another name, e.g. " + lower + "_op");
        }
        if (TAKEN.contains(lower)) {
            throw Language.refused(name, "clashes with a name the module uses (its procedures, arguments,"
                    + " or an intrinsic module and its entities)", "use another name, e.g. " + lower + "_op");
        }
        return name;
    }

    /** @return {@code real32} or {@code real64}: the kind of the precision, from {@code iso_fortran_env} */
    private static String kind(Precision p) {
        return p == Precision.SINGLE ? "real32" : "real64";
    }

    /** @return the literal of a value of the precision, with its kind */
    private static String literal(double value, Precision p) {
        return Spell.literal(value, p) + "_" + kind(p);
    }


    @Override
    public String emit(ArrayKernel k, String name, Precision p) {
        int m = k.derivative();
        StringBuilder b = new StringBuilder();
        b.append("! Generated by Stencilforge. Exact weights; do not edit, regenerate.\n!\n");
        comment(b, "", k.docLines());
        comment(b, "", List.of("",
                "apply(f, i, h): row i of the operator D at the samples f spaced h apart, i from 1 to size(f)"
                        + " (1-based, like f); NaN if size(f) < min_length or i is outside 1..size(f).",
                "apply_all(fin, fout, h): fout = D fin over the whole array, closures included.",
                "apply_adjoint(fin, fout, h): fout = D^T fin, the exact transpose, so that"
                        + " <D f, g> = <f, D^T g> up to rounding.",
                "Both set fout to NaN if size(fin) < min_length or size(fout) /= size(fin)."));
        b.append("module ").append(name).append("\n")
                .append("  use, intrinsic :: iso_fortran_env, only: " + kind(p) + "\n")
                .append("  use, intrinsic :: ieee_arithmetic, only: ieee_value, ieee_quiet_nan\n")
                .append("  implicit none\n  private\n  public :: min_length, apply, apply_all, apply_adjoint\n\n")
                .append("  ! the shortest array the procedures accept\n")
                .append("  integer, parameter :: min_length = ").append(k.minLength()).append("\n");
        if (k.table()) {
            tableBody(b, k, p);
            return b.append("end module ").append(name).append("\n").toString();
        }
        b.append("\ncontains\n\n");
        Rows d = k.operator();
        b.append("  ! Row i (1-based) of the operator: the derivative at point i, closure rows near the ends.\n")
                .append("  pure function apply(f, i, h) result(d)\n")
                .append("    real(" + kind(p) + "), intent(in) :: f(:)\n    integer, intent(in) :: i\n")
                .append("    real(" + kind(p) + "), intent(in) :: h\n    real(" + kind(p) + ") :: d\n    real(" + kind(p) + ") :: s\n")
                .append("    integer :: n\n    n = size(f)\n")
                .append("    s = ").append(scale(m, p)).append("\n")
                .append("    if (n < min_length .or. i < 1 .or. i > n) then\n")
                .append("      d = ieee_value(1.0_" + kind(p) + ", ieee_quiet_nan)\n");
        for (int t = 0; t < d.top().size(); t++) {
            Sum row = d.top().get(t);
            b.append("    else if (i == ").append(t + 1).append(") then\n");
            exact(b, "      ", row);
            assign(b, "      ", "d", expression(row, c -> "f(" + (c.column() + 1) + ")", null, p));
        }
        for (int t = 0; t < d.bottom().size(); t++) {
            Sum row = d.bottom().get(t);
            b.append("    else if (i == ").append(Spell.index("n", 1 - d.bottomRowFromN(t))).append(") then\n");
            exact(b, "      ", row);
            assign(b, "      ", "d", expression(row, c -> "f(" + Spell.index("n", c.column() + 1) + ")", null, p));
        }
        b.append("    else\n");
        exact(b, "      ", d.interior());
        assign(b, "      ", "d", expression(d.interior(), c -> "f(" + Spell.index("i", c.column()) + ")", null, p));
        b.append("    end if\n  end function apply\n\n");
        b.append("  ! fout = D fin over the whole array, closures included.\n");
        whole(b, "apply_all", d, m, p);
        b.append("  ! fout = D^T fin: in the interior the correlation with the flipped stencil, near the ends the\n"
                + "  ! transposed closures. The gradient of 1/2 ||D f - y||^2 is D^T (D f - y).\n");
        whole(b, "apply_adjoint", k.adjoint(), m, p);
        return b.append("end module ").append(name).append("\n").toString();
    }

    private static void whole(StringBuilder b, String procedure, Rows d, int m, Precision p) {
        Sum interior = d.interior();
        b.append("  pure subroutine ").append(procedure).append("(fin, fout, h)\n")
                .append("    real(" + kind(p) + "), intent(in) :: fin(:)\n    real(" + kind(p) + "), intent(out) :: fout(:)\n")
                .append("    real(" + kind(p) + "), intent(in) :: h\n    real(" + kind(p) + ") :: s")
                .append(interior.divided() ? ", si" : "").append("\n    integer :: n\n    n = size(fin)\n")
                .append("    if (n < min_length .or. size(fout) /= n) then\n")
                .append("      fout = ieee_value(1.0_" + kind(p) + ", ieee_quiet_nan)\n      return\n    end if\n")
                .append("    s = ").append(scale(m, p)).append("\n");
        for (int t = 0; t < d.top().size(); t++) {
            Sum row = d.top().get(t);
            exact(b, "    ", row);
            assign(b, "    ", "fout(" + (t + 1) + ")", expression(row, c -> "fin(" + (c.column() + 1) + ")", null, p));
        }
        String factor = null;
        if (interior.divided()) {
            b.append("    si = ").append(Spell.factor(interior, ".0_" + kind(p))).append("\n");
            factor = "si";
        }
        int first = d.interiorStart() + 1;
        int end = -d.interiorEndBeforeN();
        exact(b, "    ", interior);
        assign(b, "    ", "fout(" + first + ":" + Spell.index("n", end) + ")", expression(interior,
                c -> "fin(" + (first + c.column()) + ":" + Spell.index("n", end + c.column()) + ")", factor, p));
        for (int t = 0; t < d.bottom().size(); t++) {
            Sum row = d.bottom().get(t);
            exact(b, "    ", row);
            assign(b, "    ", "fout(" + Spell.index("n", 1 - d.bottomRowFromN(t)) + ")",
                    expression(row, c -> "fin(" + Spell.index("n", c.column() + 1) + ")", null, p));
        }
        b.append("  end subroutine ").append(procedure).append("\n\n");
    }

    /** The most numbers in one DATA statement: at most about 40 characters each, 2 or more a line, 255 lines. */
    private static final int PER_DATA = 256;

    /**
     * The table-driven form: each of {@code D} and {@code D^T} as four arrays initialised by
     * DATA statements (the written coefficients of every row, dense from its first column; where
     * each row starts among them; its first column; its divisor), rows in
     * {@link Rows#tableOrder()}, and loops over them.
     */
    private static void tableBody(StringBuilder b, ArrayKernel k, Precision p) {
        int m = k.derivative();
        Rows d = k.operator();
        comment(b, "  ", List.of("", "Table-driven. Row r of D (top rows, then bottom rows, then the interior row) is"
                + " h^(-m) / op_div(r) times the sum over j of op_c(op_start(r) + j) times the sample at 0-based column"
                + " op_first(r) + j: top rows have absolute columns, the interior row columns relative to i, bottom"
                + " rows relative to n. The same for D^T in adj_*."));
        table(b, "op", d, p);
        table(b, "adj", k.adjoint(), p);
        b.append("\ncontains\n\n");
        b.append("  ! The coefficients c times f(lo), f(lo + 1), ...\n")
                .append("  pure function row(c, f, lo) result(acc)\n")
                .append("    real(" + kind(p) + "), intent(in) :: c(:), f(:)\n    integer, intent(in) :: lo\n")
                .append("    real(" + kind(p) + ") :: acc\n    integer :: j\n    acc = 0.0_" + kind(p) + "\n")
                .append("    do j = 1, size(c)\n      acc = acc + c(j) * f(lo + j - 1)\n    end do\n")
                .append("  end function row\n\n");
        b.append("  ! All rows of a table with top and bottom rows, applied to fin.\n")
                .append("  pure subroutine rows(c, start, first, div, top, bottom, fin, fout, s)\n")
                .append("    real(" + kind(p) + "), intent(in) :: c(:), div(:), fin(:), s\n")
                .append("    integer, intent(in) :: start(:), first(:), top, bottom\n")
                .append("    real(" + kind(p) + "), intent(out) :: fout(:)\n    real(" + kind(p) + ") :: si\n")
                .append("    integer :: n, r, i\n    n = size(fin)\n")
                .append("    do r = 1, top\n")
                .append("      fout(r) = row(c(start(r):start(r + 1) - 1), fin, 1 + first(r)) * (s / div(r))\n")
                .append("    end do\n    do r = top + 1, top + bottom\n")
                .append("      fout(n - top - bottom + r) = row(c(start(r):start(r + 1) - 1), fin, n + 1 + first(r)) &\n")
                .append("          * (s / div(r))\n    end do\n")
                .append("    r = top + bottom + 1\n    si = s / div(r)\n")
                .append("    do i = top + 1, n - bottom\n")
                .append("      fout(i) = row(c(start(r):start(r + 1) - 1), fin, i + first(r)) * si\n")
                .append("    end do\n  end subroutine rows\n\n");
        int top = d.interiorStart();
        int bottom = d.interiorEndBeforeN();
        b.append("  ! Row i (1-based) of the operator: the derivative at point i, closure rows near the ends.\n")
                .append("  pure function apply(f, i, h) result(d)\n")
                .append("    real(" + kind(p) + "), intent(in) :: f(:)\n    integer, intent(in) :: i\n")
                .append("    real(" + kind(p) + "), intent(in) :: h\n    real(" + kind(p) + ") :: d\n    real(" + kind(p) + ") :: s\n")
                .append("    integer :: n, r, base\n    n = size(f)\n")
                .append("    s = ").append(scale(m, p)).append("\n")
                .append("    if (n < min_length .or. i < 1 .or. i > n) then\n")
                .append("      d = ieee_value(1.0_" + kind(p) + ", ieee_quiet_nan)\n      return\n    end if\n")
                .append("    if (i <= ").append(top).append(") then\n      r = i\n      base = 1\n")
                .append("    else if (i > ").append(Spell.index("n", -bottom)).append(") then\n")
                .append("      r = i - n + ").append(top + bottom).append("\n      base = n + 1\n")
                .append("    else\n      r = ").append(top + bottom + 1).append("\n      base = i\n    end if\n")
                .append("    d = row(op_c(op_start(r):op_start(r + 1) - 1), f, base + op_first(r)) * (s / op_div(r))\n")
                .append("  end function apply\n\n");
        b.append("  ! fout = D fin over the whole array, closures included.\n");
        tableWhole(b, "apply_all", "op", d, m, p);
        b.append("  ! fout = D^T fin: in the interior the correlation with the flipped stencil, near the ends the\n"
                + "  ! transposed closures. The gradient of 1/2 ||D f - y||^2 is D^T (D f - y).\n");
        tableWhole(b, "apply_adjoint", "adj", k.adjoint(), m, p);
    }

    private static void table(StringBuilder b, String prefix, Rows d, Precision p) {
        List<Sum> rows = d.tableOrder();
        int total = rows.stream().mapToInt(r -> r.dense().length).sum();
        b.append("\n  real(" + kind(p) + ") :: ").append(prefix).append("_c(").append(Math.max(1, total)).append("), ")
                .append(prefix).append("_div(").append(rows.size()).append(")\n")
                .append("  integer :: ").append(prefix).append("_start(").append(rows.size() + 1).append("), ")
                .append(prefix).append("_first(").append(rows.size()).append(")\n");
        if (total == 0) {
            b.append("  data ").append(prefix).append("_c / 0.0_" + kind(p) + " /\n");
        }
        List<String> start = new java.util.ArrayList<>(List.of("1"));
        List<String> first = new java.util.ArrayList<>();
        List<String> div = new java.util.ArrayList<>();
        int at = 1;
        for (int r = 0; r < rows.size(); r++) {
            Sum row = rows.get(r);
            exact(b, "  ", row);
            double[] dense = row.dense();
            List<String> values = new java.util.ArrayList<>();
            for (double v : dense) {
                values.add(literal(v, p));
            }
            data(b, prefix + "_c", at, values);
            at += dense.length;
            start.add(Integer.toString(at));
            first.add(Integer.toString(row.first()));
            div.add(literal(row.divisor().doubleValue(), p));
        }
        data(b, prefix + "_start", 1, start);
        data(b, prefix + "_first", 1, first);
        data(b, prefix + "_div", 1, div);
    }

    /** DATA statements giving {@code array(from), array(from + 1), ...} the values, {@link #PER_DATA} at a time. */
    private static void data(StringBuilder b, String array, int from, List<String> values) {
        for (int c = 0; c < values.size(); c += PER_DATA) {
            List<String> chunk = new java.util.ArrayList<>(values.subList(c, Math.min(values.size(), c + PER_DATA)));
            for (int j = 0; j + 1 < chunk.size(); j++) {
                chunk.set(j, chunk.get(j) + ",");
            }
            chunk.set(chunk.size() - 1, chunk.get(chunk.size() - 1) + " /");
            assign(b, "  ", "data " + array + "(" + (from + c) + ":" + (from + c + chunk.size() - 1) + ") /", chunk,
                    "");
        }
    }

    private static void tableWhole(StringBuilder b, String procedure, String table, Rows d, int m, Precision p) {
        b.append("  pure subroutine ").append(procedure).append("(fin, fout, h)\n")
                .append("    real(" + kind(p) + "), intent(in) :: fin(:)\n    real(" + kind(p) + "), intent(out) :: fout(:)\n")
                .append("    real(" + kind(p) + "), intent(in) :: h\n    real(" + kind(p) + ") :: s\n    integer :: n\n    n = size(fin)\n")
                .append("    if (n < min_length .or. size(fout) /= n) then\n")
                .append("      fout = ieee_value(1.0_" + kind(p) + ", ieee_quiet_nan)\n      return\n    end if\n")
                .append("    s = ").append(scale(m, p)).append("\n")
                .append("    call rows(").append(table).append("_c, ").append(table).append("_start, ").append(table)
                .append("_first, ").append(table).append("_div, ").append(d.interiorStart()).append(", ")
                .append(d.interiorEndBeforeN()).append(", fin, fout, s)\n")
                .append("  end subroutine ").append(procedure).append("\n\n");
    }


    /**
     * Any whole 1-D operator, table-driven: {@code apply_all}, {@code apply_adjoint},
     * {@code apply_normal} and {@code gradient}, on assumed-shape arrays.
     */
    @Override
    public String emit(LineKernel k, String name, Precision p) {
        int m = k.derivative();
        StringBuilder b = new StringBuilder();
        b.append("! Generated by Stencilforge. Exact weights; do not edit, regenerate.\n!\n");
        comment(b, "", k.doc());
        comment(b, "", List.of("",
                "apply_all(fin, fout, h): fout = D fin; size(fout) = size(fin) + extra.",
                "apply_adjoint(fin, fout, h): fout = D^T fin, the exact transpose; size(fout) = size(fin) - extra;"
                        + " <D f, g> = <f, D^T g> up to rounding.",
                "apply_normal(fin, fout, h): fout = D^T D fin. gradient(f, y, fout, h): fout = D^T (D f - y), the"
                        + " gradient of 1/2 ||D f - y||^2.",
                "Each sets fout to NaN if the sizes do not fit or the input of D is shorter than min_length."));
        b.append("module ").append(name).append("\n")
                .append("  use, intrinsic :: iso_fortran_env, only: " + kind(p) + "\n")
                .append("  use, intrinsic :: ieee_arithmetic, only: ieee_value, ieee_quiet_nan\n")
                .append("  implicit none\n  private\n")
                .append("  public :: min_length, extra, apply_all, apply_adjoint, apply_normal, gradient\n\n")
                .append("  ! the shortest input of D the procedures accept\n")
                .append("  integer, parameter :: min_length = ").append(k.minLength()).append("\n")
                .append("  ! D maps n values to n + extra\n")
                .append("  integer, parameter :: extra = ").append(k.extra()).append("\n");
        comment(b, "  ", List.of("", "Table-driven. Row r of D (top rows, then bottom rows, then the interior row) is"
                + " h^(-m) / op_div(r) times the sum over j of op_c(op_start(r) + j) times the input at 0-based column"
                + " op_first(r) + j: top rows have absolute columns, the interior row columns relative to its row,"
                + " bottom rows relative to the input length" + (k.periodic() ? ", every column modulo the input length"
                        : "") + ". The same for D^T in adj_*."));
        table(b, "op", k.operator(), p);
        table(b, "adj", k.adjoint(), p);
        b.append("\ncontains\n\n")
                .append("  ! The rows of a table applied to fin into fout (size(fin) + ext values).\n")
                .append("  pure subroutine lines(c, start, first, div, top, bottom, ext, fin, fout, s)\n")
                .append("    real(" + kind(p) + "), intent(in) :: c(:), div(:), fin(:), s\n")
                .append("    integer, intent(in) :: start(:), first(:), top, bottom, ext\n")
                .append("    real(" + kind(p) + "), intent(out) :: fout(:)\n    real(" + kind(p) + ") :: acc\n")
                .append("    integer :: nin, nout, i, r, base, j\n    nin = size(fin)\n    nout = nin + ext\n")
                .append("    do i = 1, nout\n")
                .append("      if (i <= top) then\n        r = i\n        base = 0\n")
                .append("      else if (i > nout - bottom) then\n        r = i - nout + top + bottom\n        base = nin\n")
                .append("      else\n        r = top + bottom + 1\n        base = i - 1\n      end if\n")
                .append("      acc = 0.0_" + kind(p) + "\n")
                .append("      do j = start(r), start(r + 1) - 1\n")
                .append(k.periodic()
                        ? "        acc = acc + c(j) * fin(1 + modulo(base + first(r) + j - start(r), nin))\n"
                        : "        acc = acc + c(j) * fin(1 + base + first(r) + j - start(r))\n")
                .append("      end do\n      fout(i) = acc * (s / div(r))\n    end do\n")
                .append("  end subroutine lines\n\n");
        String op = "op_c, op_start, op_first, op_div, " + k.operator().interiorStart() + ", "
                + k.operator().interiorEndBeforeN() + ", extra, ";
        String adj = "adj_c, adj_start, adj_first, adj_div, " + k.adjoint().interiorStart() + ", "
                + k.adjoint().interiorEndBeforeN() + ", -extra, ";
        String nan = "      fout = ieee_value(1.0_" + kind(p) + ", ieee_quiet_nan)\n      return\n    end if\n";
        String head = "    real(" + kind(p) + "), intent(out) :: fout(:)\n    real(" + kind(p) + "), intent(in) :: h\n"
                + "    real(" + kind(p) + ") :: s\n";
        b.append("  pure subroutine apply_all(fin, fout, h)\n    real(" + kind(p) + "), intent(in) :: fin(:)\n").append(head)
                .append("    if (size(fin) < min_length .or. size(fout) /= size(fin) + extra) then\n").append(nan)
                .append("    s = ").append(scale(m, p)).append("\n")
                .append("    call lines(").append(op).append("fin, fout, s)\n  end subroutine apply_all\n\n");
        b.append("  pure subroutine apply_adjoint(fin, fout, h)\n    real(" + kind(p) + "), intent(in) :: fin(:)\n").append(head)
                .append("    if (size(fout) < min_length .or. size(fout) /= size(fin) - extra) then\n").append(nan)
                .append("    s = ").append(scale(m, p)).append("\n")
                .append("    call lines(").append(adj).append("fin, fout, s)\n  end subroutine apply_adjoint\n\n");
        b.append("  pure subroutine apply_normal(fin, fout, h)\n    real(" + kind(p) + "), intent(in) :: fin(:)\n").append(head)
                .append("    real(" + kind(p) + ") :: work(size(fin) + extra)\n")
                .append("    if (size(fin) < min_length .or. size(fout) /= size(fin)) then\n").append(nan)
                .append("    s = ").append(scale(m, p)).append("\n")
                .append("    call lines(").append(op).append("fin, work, s)\n")
                .append("    call lines(").append(adj).append("work, fout, s)\n  end subroutine apply_normal\n\n");
        b.append("  pure subroutine gradient(f, y, fout, h)\n    real(" + kind(p) + "), intent(in) :: f(:), y(:)\n").append(head)
                .append("    real(" + kind(p) + ") :: work(size(f) + extra)\n")
                .append("    if (size(f) < min_length .or. size(fout) /= size(f) .or. size(y) /= size(f) + extra) then\n")
                .append(nan)
                .append("    s = ").append(scale(m, p)).append("\n")
                .append("    call lines(").append(op).append("f, work, s)\n")
                .append("    work = work - y\n")
                .append("    call lines(").append(adj).append("work, fout, s)\n  end subroutine gradient\n\n");
        return b.append("end module ").append(name).append("\n").toString();
    }


    /**
     * Weights or a matrix on given nodes: module {@code NAME} with {@code apply(f)} or
     * {@code apply_all(f, fout)} over {@code n} samples at the nodes, ascending.
     */
    @Override
    public String emit(NodeKernel k, String name) {
        if (Set.of("n", "c", "first", "apply", "apply_all", "acc", "i", "t", "f", "fout").contains(name.toLowerCase(java.util.Locale.ROOT))) {
            throw new org.stencilforge.StencilforgeException("the Fortran module cannot be named " + name + ": a name it uses inside;"
                    + " choose another --name");
        }
        Precision p = k.precision();
        StringBuilder b = new StringBuilder("! Generated by Stencilforge. Exact weights; do not edit, regenerate.\n!\n");
        comment(b, "", k.doc());
        comment(b, "", List.of("", k.all() ? "apply_all(f, fout): fout(i) = sum over j of D(i, j) f(j), i, j = 1..n."
                : "apply(f): sum over j of w(j) f(j), j = 1..n."));
        String fn = k.all() ? "apply_all" : "apply";
        b.append("module ").append(name).append("\n")
                .append("  use, intrinsic :: iso_fortran_env, only: " + kind(p) + "\n")
                .append("  implicit none\n  private\n  public :: n, ").append(fn).append("\n\n")
                .append("  ! the number of nodes\n  integer, parameter :: n = ").append(k.size()).append("\n");
        comment(b, "  ", List.of("Row i is the " + k.width() + " coefficients c((i - 1) * " + k.width()
                + " + t) times f(first(i) + t), t = 1.." + k.width() + "."));
        b.append("  real(" + kind(p) + ") :: c(").append(k.values().size()).append(")\n  integer :: first(")
                .append(k.rows()).append(")\n");
        data(b, "c", 1, k.values().stream().map(v -> literal(v, p)).toList());
        data(b, "first", 1, k.first().stream().map(String::valueOf).toList());
        b.append("\ncontains\n\n");
        String loop = "      acc = 0.0_" + kind(p) + "\n      do t = 1, " + k.width() + "\n"
                + "        acc = acc + c((i - 1) * " + k.width() + " + t) * f(first(i) + t)\n      end do\n";
        if (k.all()) {
            b.append("  pure subroutine apply_all(f, fout)\n")
                    .append("    real(" + kind(p) + "), intent(in) :: f(:)\n    real(" + kind(p) + "), intent(out) :: fout(:)\n")
                    .append("    real(" + kind(p) + ") :: acc\n    integer :: i, t\n")
                    .append("    do i = 1, ").append(k.rows()).append("\n").append(loop)
                    .append("      fout(i) = acc\n    end do\n  end subroutine apply_all\n");
        } else {
            b.append("  pure function apply(f) result(acc)\n")
                    .append("    real(" + kind(p) + "), intent(in) :: f(:)\n    real(" + kind(p) + ") :: acc\n")
                    .append("    integer :: t\n    acc = 0.0_" + kind(p) + "\n    do t = 1, ").append(k.width())
                    .append("\n      acc = acc + c(t) * f(first(1) + t)\n    end do\n")
                    .append("  end function apply\n");
        }
        return b.append("\nend module ").append(name).append("\n").toString();
    }

    @Override
    public String emit(PointKernel k, String name, Precision p) {
        int dim = k.dimension();
        StringBuilder b = new StringBuilder();
        b.append("! Generated by Stencilforge. Exact weights; do not edit, regenerate.\n!\n");
        comment(b, "", k.docLines());
        comment(b, "", List.of("",
                "apply(f, index, strides, h): the stencil at f(index) of a flat array (index 1-based) whose axis k"
                        + " (x first) has stride strides(k), k = 1.." + dim + "; for an array a(n1, n2, ...) in"
                        + " Fortran's order pass reshape(a, [size(a)]) and strides [1, n1, n1*n2, ...]. Every point"
                        + " of the stencil must lie in the array."));
        b.append("module ").append(name).append("\n")
                .append("  use, intrinsic :: iso_fortran_env, only: " + kind(p) + "\n")
                .append("  implicit none\n  private\n  public :: ndim, apply\n\n")
                .append("  ! the number of axes\n")
                .append("  integer, parameter :: ndim = ").append(dim).append("\n");
        int count = k.stencil().terms().size();
        if (k.table()) {
            comment(b, "  ", List.of("", "Table-driven: term t is c(t) times the sample at index plus, for every axis a,"
                    + " off((t - 1) * ndim + a) times strides(a)."));
            b.append("  integer :: off(").append(count * dim).append(")\n  real(" + kind(p) + ") :: c(").append(count)
                    .append(")\n");
            List<String> offsets = new java.util.ArrayList<>();
            List<String> coefficients = new java.util.ArrayList<>();
            for (Sum.Term t : k.stencil().terms()) {
                for (int a = 0; a < dim; a++) {
                    offsets.add(Integer.toString(t.at().get(a)));
                }
                coefficients.add(literal(k.stencil().written(t), p));
            }
            data(b, "off", 1, offsets);
            data(b, "c", 1, coefficients);
        }
        b.append("\ncontains\n\n")
                .append("  pure function apply(f, index, strides, h) result(d)\n")
                .append("    real(" + kind(p) + "), intent(in) :: f(:)\n    integer, intent(in) :: index\n")
                .append("    integer, intent(in) :: strides(:)\n")
                .append("    real(" + kind(p) + "), intent(in) :: h\n    real(" + kind(p) + ") :: d\n    real(" + kind(p) + ") :: s\n");
        if (k.table()) {
            b.append("    integer :: t, a, at\n    real(" + kind(p) + ") :: acc\n")
                    .append("    s = ").append(scale(k.order(), p)).append("\n");
            exact(b, "    ", k.stencil());
            b.append("    acc = 0.0_" + kind(p) + "\n")
                    .append("    do t = 1, ").append(count).append("\n      at = index\n")
                    .append("      do a = 1, ndim\n        at = at + off((t - 1) * ndim + a) * strides(a)\n      end do\n")
                    .append("      acc = acc + c(t) * f(at)\n    end do\n")
                    .append("    d = acc * ").append(k.stencil().divided()
                            ? "(" + Spell.factor(k.stencil(), ".0_" + kind(p)) + ")" : "s").append("\n");
            return b.append("  end function apply\n\nend module ").append(name).append("\n").toString();
        }
        StringBuilder strides = new StringBuilder();
        for (int a = 0; a < dim; a++) {
            if (k.usesAxis(a)) {
                strides.append(strides.length() == 0 ? "" : ", ").append("s").append(a);
            }
        }
        if (strides.length() > 0) {
            b.append("    integer :: ").append(strides).append("\n");
        }
        for (int a = 0; a < dim; a++) {
            if (k.usesAxis(a)) {
                b.append("    s").append(a).append(" = strides(").append(a + 1).append(")\n");
            }
        }
        b.append("    s = ").append(scale(k.order(), p)).append("\n");
        StringBuilder reach = new StringBuilder("reach per axis:");
        for (int a = 0; a < dim; a++) {
            reach.append(a == 0 ? " " : ", ").append("-").append(k.below(a)).append("..").append(k.above(a));
        }
        comment(b, "    ", List.of(reach.toString()));
        exact(b, "    ", k.stencil());
        assign(b, "    ", "d", expression(k.stencil(), t -> "f(" + Spell.flat(t.at()) + ")", null, p));
        return b.append("  end function apply\n\nend module ").append(name).append("\n").toString();
    }

    /** Names the compact module uses besides {@link #TAKEN}; a module of one of these names would clash. */
    static final Set<String> COMPACT_TAKEN = Set.of("a", "z", "mm", "t", "u", "p", "q", "j", "jj", "k", "l", "x",
            "tmp", "r", "v");

    /**
     * A compact scheme: a module with {@code pure subroutine apply_all(f, fout, h)} solving
     * {@code A fout = h^(-m) B f} by the algorithm of {@link CompactKernel} (automatic arrays for
     * the work), and {@code min_length}; private names start with {@code cf_}.
     */
    @Override
    public String emit(CompactKernel k, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (COMPACT_TAKEN.contains(lower) || lower.startsWith("cf_")) {
            throw Language.refused(name, "clashes with a name the compact module uses", "use another name, e.g. "
                    + lower + "_op");
        }
        int m = k.derivative();
        int w = k.width();
        int r = k.rank();
        int lo = k.lower();
        int up = k.upper();
        String bounds = "(-" + lo + ":" + up;
        StringBuilder b = new StringBuilder("! Generated by Stencilforge. Exact weights; do not edit, regenerate.\n!\n");
        comment(b, "", k.doc());
        comment(b, "", List.of("", "apply_all(f, fout, h): fout = the derivative at every point of the samples f"
                + " spaced h apart, the solution of A fout = h^-" + m + " B f ("
                + (lo == 1 && up == 1 ? "Thomas's algorithm" : "band LU, " + lo + " below and " + up
                        + " above the diagonal") + (k.periodic() ? ", corners by Sherman-Morrison-Woodbury" : "")
                + "); NaN if size(f) < min_length or size(fout) /= size(f)."));
        b.append("module ").append(name).append("\n")
                .append("  use, intrinsic :: iso_fortran_env, only: real64\n")
                .append("  use, intrinsic :: ieee_arithmetic, only: ieee_value, ieee_quiet_nan\n")
                .append("  implicit none\n  private\n  public :: min_length, apply_all\n\n")
                .append("  ! the shortest array apply_all accepts\n")
                .append("  integer, parameter :: min_length = ").append(k.minLength()).append("\n")
                .append("  ! the band of A: cf_a_*(k, row) = A(i, i + k) for k = -").append(lo).append(" .. ")
                .append(up).append("\n");
        compactBand(b, "cf_a_top", bounds, k.aTop());
        b.append("  real(real64), parameter :: cf_a_interior").append(bounds).append(") = [ &\n      ")
                .append(compactNumbers(k.aInterior())).append("]\n");
        comment(b, "  ", List.of("exact: " + compactExact(k.aInterior())));
        compactBand(b, "cf_a_bottom", bounds, k.aBottom());
        b.append("\ncontains\n\n");
        b.append("  ! LU of the band in place, no pivoting; the diagonal becomes its reciprocal.\n")
                .append("  pure subroutine cf_factor(a, n)\n    integer, intent(in) :: n\n")
                .append("    real(real64), intent(inout) :: a").append(bounds).append(", n)\n")
                .append("    integer :: i, r, k\n    real(real64) :: p, l\n")
                .append("    do i = 1, n\n      p = 1.0_real64 / a(0, i)\n      a(0, i) = p\n")
                .append("      do r = 1, min(").append(lo).append(", n - i)\n")
                .append("        l = a(-r, i + r) * p\n        a(-r, i + r) = l\n")
                .append("        do k = 1, min(").append(up).append(", n - i)\n")
                .append("          a(k - r, i + r) = a(k - r, i + r) - l * a(k, i)\n")
                .append("        end do\n      end do\n    end do\n  end subroutine cf_factor\n\n");
        b.append("  ! x = A^-1 x from the factors: forward, then back substitution.\n")
                .append("  pure subroutine cf_solve(a, x, n)\n    integer, intent(in) :: n\n")
                .append("    real(real64), intent(in) :: a").append(bounds).append(", n)\n")
                .append("    real(real64), intent(inout) :: x(n)\n    integer :: i, r, k\n")
                .append("    do i = 2, n\n      do r = 1, min(").append(lo).append(", i - 1)\n")
                .append("        x(i) = x(i) - a(-r, i) * x(i - r)\n      end do\n    end do\n")
                .append("    do i = n, 1, -1\n      do k = 1, min(").append(up).append(", n - i)\n")
                .append("        x(i) = x(i) - a(k, i) * x(i + k)\n      end do\n")
                .append("      x(i) = x(i) * a(0, i)\n    end do\n  end subroutine cf_solve\n\n");
        b.append("  pure subroutine apply_all(f, fout, h)\n")
                .append("    real(real64), intent(in) :: f(:)\n    real(real64), intent(out) :: fout(:)\n")
                .append("    real(real64), intent(in) :: h\n")
                .append("    real(real64) :: a").append(bounds).append(", size(f))\n")
                .append("    real(real64) :: s\n    integer :: n, i").append(k.periodic() ? ", j, k" : "").append("\n");
        if (r > 0) {
            b.append("    real(real64) :: z(size(f), ").append(r).append("), mm(").append(r).append(", ").append(r)
                    .append("), c(").append(r).append("), tmp(").append(r).append("), x, l\n")
                    .append("    integer :: t, u, p, q, jj, row\n");
        }
        b.append("    n = size(f)\n    if (n < min_length .or. size(fout) /= n) then\n")
                .append("      fout = ieee_value(1.0_real64, ieee_quiet_nan)\n      return\n    end if\n")
                .append("    s = ").append(scale(m)).append("\n");
        Rows d = k.b();
        Sum interior = d.interior();
        if (k.periodic()) {
            exact(b, "    ", interior);
            assign(b, "    ", "fout", expression(interior, c -> "cshift(f, " + c.column() + ")", null));
        } else {
            for (int t = 0; t < d.top().size(); t++) {
                Sum row = d.top().get(t);
                exact(b, "    ", row);
                assign(b, "    ", "fout(" + (t + 1) + ")", expression(row, c -> "f(" + (c.column() + 1) + ")", null));
            }
            int first = d.interiorStart() + 1;
            int end = -d.interiorEndBeforeN();
            exact(b, "    ", interior);
            assign(b, "    ", "fout(" + first + ":" + Spell.index("n", end) + ")", expression(interior,
                    c -> "f(" + (first + c.column()) + ":" + Spell.index("n", end + c.column()) + ")", null));
            for (int t = 0; t < d.bottom().size(); t++) {
                Sum row = d.bottom().get(t);
                exact(b, "    ", row);
                assign(b, "    ", "fout(" + Spell.index("n", 1 - d.bottomRowFromN(t)) + ")",
                        expression(row, c -> "f(" + Spell.index("n", c.column() + 1) + ")", null));
            }
        }
        b.append("    do i = 1, n\n");
        if (k.periodic()) {
            b.append("      do k = -").append(lo).append(", ").append(up).append("\n        j = i + k\n")
                    .append("        if (j >= 1 .and. j <= n) then\n          a(k, i) = cf_a_interior(k)\n")
                    .append("        else\n          a(k, i) = 0.0_real64\n        end if\n      end do\n");
        } else {
            String branch = "      if";
            if (!k.aTop().isEmpty()) {
                b.append(branch).append(" (i <= ").append(k.aTop().size()).append(") then\n")
                        .append("        a(:, i) = cf_a_top(:, i)\n");
                branch = "      else if";
            }
            if (!k.aBottom().isEmpty()) {
                b.append(branch).append(" (i > n - ").append(k.aBottom().size()).append(") then\n")
                        .append("        a(:, i) = cf_a_bottom(:, i - (n - ").append(k.aBottom().size()).append("))\n");
                branch = "      else if";
            }
            b.append(branch.equals("      if") ? "" : "      else\n").append("        a(:, i) = cf_a_interior\n")
                    .append(branch.equals("      if") ? "" : "      end if\n");
        }
        b.append("    end do\n    call cf_factor(a, n)\n    call cf_solve(a, fout, n)\n");
        if (r > 0) {
            b.append("    ! Sherman-Morrison-Woodbury: rows 1..").append(lo).append(" and n-").append(up - 1)
                    .append("..n wrap; z = T^-1 U, mm = I + V^T z, c = V^T y\n")
                    .append("    do t = 1, ").append(r).append("\n      z(:, t) = 0.0_real64\n")
                    .append("      if (t <= ").append(lo).append(") then\n        row = t\n      else\n")
                    .append("        row = n - ").append(r).append(" + t\n      end if\n")
                    .append("      z(row, t) = 1.0_real64\n      call cf_solve(a, z(:, t), n)\n    end do\n")
                    .append("    do u = 1, ").append(r).append("\n")
                    .append("      if (u <= ").append(lo).append(") then\n        row = u\n      else\n")
                    .append("        row = n - ").append(r).append(" + u\n      end if\n")
                    .append("      mm(u, :) = 0.0_real64\n      mm(u, u) = 1.0_real64\n      c(u) = 0.0_real64\n")
                    .append("      do k = -").append(lo).append(", ").append(up).append("\n        j = row + k\n")
                    .append("        if (j < 1 .or. j > n) then\n          jj = j\n")
                    .append("          if (j < 1) jj = j + n\n          if (j > n) jj = j - n\n")
                    .append("          c(u) = c(u) + cf_a_interior(k) * fout(jj)\n")
                    .append("          mm(u, :) = mm(u, :) + cf_a_interior(k) * z(jj, :)\n")
                    .append("        end if\n      end do\n    end do\n")
                    .append("    do p = 1, ").append(r).append("\n")
                    .append("      q = p - 1 + maxloc(abs(mm(p:").append(r).append(", p)), 1)\n")
                    .append("      tmp = mm(p, :)\n      mm(p, :) = mm(q, :)\n      mm(q, :) = tmp\n")
                    .append("      x = c(p)\n      c(p) = c(q)\n      c(q) = x\n")
                    .append("      do u = p + 1, ").append(r).append("\n")
                    .append("        l = mm(u, p) / mm(p, p)\n")
                    .append("        mm(u, p:) = mm(u, p:) - l * mm(p, p:)\n        c(u) = c(u) - l * c(p)\n")
                    .append("      end do\n    end do\n")
                    .append("    do p = ").append(r).append(", 1, -1\n")
                    .append("      c(p) = (c(p) - sum(mm(p, p + 1:) * c(p + 1:))) / mm(p, p)\n    end do\n")
                    .append("    do t = 1, ").append(r).append("\n      fout = fout - c(t) * z(:, t)\n    end do\n");
        }
        return b.append("  end subroutine apply_all\n\nend module ").append(name).append("\n").toString();
    }

    private static void compactBand(StringBuilder b, String array, String bounds,
            List<List<org.stencilforge.arithmetic.Rational>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        b.append("  real(real64), parameter :: ").append(array).append(bounds).append(", ").append(rows.size())
                .append(") = reshape([ &\n");
        for (int t = 0; t < rows.size(); t++) {
            b.append("      ").append(compactNumbers(rows.get(t))).append(t < rows.size() - 1 ? ", &\n" : " &\n");
        }
        b.append("      ], [").append(rows.get(0).size()).append(", ").append(rows.size()).append("])\n");
        for (List<org.stencilforge.arithmetic.Rational> row : rows) {
            comment(b, "  ", List.of("exact: " + compactExact(row)));
        }
    }

    private static String compactNumbers(List<org.stencilforge.arithmetic.Rational> row) {
        return row.stream().map(x -> Spell.literal(x.toDouble()) + "_real64")
                .collect(java.util.stream.Collectors.joining(", &\n      "));
    }

    private static String compactExact(List<org.stencilforge.arithmetic.Rational> row) {
        return row.stream().map(Object::toString).collect(java.util.stream.Collectors.joining(", "));
    }

    /** Comment lines, wrapped. */
    private static void comment(StringBuilder b, String indent, List<String> lines) {
        for (String line : lines) {
            if (line.isEmpty()) {
                b.append(indent).append("!\n");
                continue;
            }
            for (String part : Spell.wrap(line, WIDTH - indent.length() - 2)) {
                b.append(indent).append("! ").append(part).append("\n");
            }
        }
    }

    private static void exact(StringBuilder b, String indent, Sum sum) {
        comment(b, indent, List.of("exact: " + sum.exactText()));
    }

    /** {@code lhs = terms}, continued with {@code &} before the line grows past the width. */
    private static void assign(StringBuilder b, String indent, String lhs, List<String> parts) {
        assign(b, indent, lhs, parts, " =");
    }

    /** {@code lhs}, {@code equals}, then the parts, continued with {@code &} before the line grows past the width. */
    private static void assign(StringBuilder b, String indent, String lhs, List<String> parts, String equals) {
        StringBuilder line = new StringBuilder(indent).append(lhs).append(equals);
        for (String part : parts) {
            if (line.length() + 1 + part.length() > WIDTH - 2) {
                b.append(line).append(" &\n");
                line = new StringBuilder(indent).append("    &");
            }
            line.append(' ').append(part);
        }
        b.append(line).append("\n");
    }

    /** {@link #scale(int, Precision)} and {@link #expression(Sum, Function, String, Precision)} in double
     * precision, for the compact solver, which is emitted in double only. */
    private static String scale(int m) {
        return scale(m, Precision.DOUBLE);
    }

    private static List<String> expression(Sum sum, Function<Sum.Term, String> sample, String hoisted) {
        return expression(sum, sample, hoisted, Precision.DOUBLE);
    }

    /** {@code h^(-m)}. */
    private static String scale(int m, Precision p) {
        return m == 0 ? "h**0" : Spell.scale(m, "1.0_" + kind(p)); // h**0 uses h, which -Werror would call unused
    }

    /** The right-hand side as pieces to break between: {@code (}, terms, {@code ) * factor}. */
    private static List<String> expression(Sum sum, Function<Sum.Term, String> sample, String hoisted, Precision p) {
        List<String> terms = Spell.terms(sum, sample, c -> c + ".0_" + kind(p), x -> literal(x, p));
        if (terms.isEmpty()) {
            return List.of("0.0_" + kind(p));
        }
        List<String> parts = new java.util.ArrayList<>();
        parts.add("(" + terms.get(0));
        parts.addAll(terms.subList(1, terms.size()));
        parts.set(parts.size() - 1, parts.get(parts.size() - 1) + ") * "
                + (hoisted != null ? hoisted : sum.divided() ? "(" + Spell.factor(sum, ".0_" + kind(p)) + ")" : "s"));
        return parts;
    }

    /** A module with {@code pure function apply(f, i, h1, ...)} (1-based), strided in several dimensions. */
    @Override
    public String emit(SymbolicKernel k, String name) {
        StringBuilder b = new StringBuilder("! Generated by Stencilforge. Exact weights; do not edit, regenerate.\n!\n");
        k.doc().forEach(line -> b.append("! ").append(line).append('\n'));
        String args = (k.dimension() == 1 ? "f, i" : "f, index, strides")
                + k.parameters().stream().map(p -> ", " + p).reduce("", String::concat);
        b.append("module ").append(name).append("\n  use, intrinsic :: iso_fortran_env, only: real64\n")
                .append("  implicit none\n  private\n  public :: apply\ncontains\n\n");
        List<String> head = Spell.wrap("pure function apply(" + args + ") result(d)", 100);
        for (int l = 0; l < head.size(); l++) {
            b.append(l == 0 ? "  " : "      & ").append(head.get(l)).append(l < head.size() - 1 ? " &\n" : "\n");
        }
        b.append("    real(real64), intent(in) :: f(:)\n")
                .append(k.dimension() == 1 ? "    integer, intent(in) :: i\n"
                        : "    integer, intent(in) :: index\n    integer, intent(in) :: strides(:)\n");
        k.parameters().forEach(p -> b.append("    real(real64), intent(in) :: ").append(p).append('\n'));
        b.append("    real(real64) :: d\n    d = 0.0_real64\n");
        for (SymbolicKernel.Term t : k.terms()) {
            String statement = "d = d + " + ExprSpell.spell(t.coefficient(), "_real64") + " * f("
                    + JavaEmitter.symbolicIndex(t.at(), "(", ")", 1) + ")";
            List<String> lines = Spell.wrap(statement, 100);
            for (int l = 0; l < lines.size(); l++) {
                b.append(l == 0 ? "    " : "      & ").append(lines.get(l)).append(l < lines.size() - 1 ? " &\n" : "\n");
            }
        }
        b.append("  end function apply\n\nend module ").append(name).append('\n');
        return b.toString();
    }

    /**
     * The whole operator on a tensor grid: a module with {@code apply_all(f, o, h)} and
     * {@code apply_adjoint(f, o, h)} on assumed-shape arrays {@code f(:, :[, :])}, element
     * {@code f(i0 + 1, i1 + 1, ...)} the point {@code (i0, i1, ...)}; region by region, each region's
     * stencil from the tables at constant offsets.
     */
    @Override
    public String emit(GridKernel k, String name) {
        if (name.toLowerCase(Locale.ROOT).startsWith("sf_")) {
            throw Language.refused(name, "clashes with the grid module's private names (they start with sf_)",
                    "use another name, e.g. " + name.substring(3));
        }
        int d = k.dimension();
        String colons = String.join(", ", java.util.Collections.nCopies(d, ":"));
        StringBuilder b = new StringBuilder("! Generated by Stencilforge. Exact weights; do not edit, regenerate.\n!\n");
        k.doc().stream().filter(line -> !line.startsWith("Arrays are flat")).forEach(line -> b.append("! ").append(line).append('\n'));
        b.append("!\n! apply_all(f, o, h): o = D f on the grid of f's shape; apply_adjoint(f, o, h): o = D^T f, the exact\n"
                + "! transpose, so that <D u, v> = <u, D^T v> up to rounding. f(i0 + 1, i1 + 1").append(d == 3 ? ", i2 + 1" : "")
                .append(") is the grid point\n! (i0, i1").append(d == 3 ? ", i2" : "")
                .append("), axis a of the operator is dimension a + 1; o has f's shape. Fortran stores the first\n"
                        + "! index fastest: a row-major (C, NumPy) array of shape (").append(d == 3 ? "n0, n1, n2" : "n0, n1")
                .append(") is, seen from Fortran, an array of\n! shape (").append(d == 3 ? "n2, n1, n0" : "n1, n0")
                .append("); pass it reversed (reshape(..., order=[")
                .append(String.join(", ", java.util.stream.IntStream.rangeClosed(1, d).map(i -> d + 1 - i)
                        .mapToObj(String::valueOf).toList()))
                .append("]) or transpose) or take the\n! strides from the C side.")
                .append(" For a size below min_length every output is NaN.\nmodule ").append(name).append("\n")
                .append("  use, intrinsic :: iso_fortran_env, only: real64\n")
                .append("  use, intrinsic :: ieee_arithmetic, only: ieee_value, ieee_quiet_nan\n")
                .append("  implicit none\n  private\n  public :: apply_all, apply_adjoint, min_length, ndim\n\n")
                .append("  integer, parameter :: ndim = ").append(d).append("\n")
                .append("  integer, parameter :: min_length(").append(d).append(") = [")
                .append(String.join(", ", k.minLength().stream().map(String::valueOf).toList())).append("]\n");
        b.append("  ! D (sf_op_) and D^T (sf_adj_) by regions. On axis a (dimension a + 1) the rows fall into classes: class\n"
                + "  ! c < below(a) is row c, class below(a) the rows below(a) <= i < n(a) - above(a), class below(a) + 1 + k\n"
                + "  ! the row n(a) - above(a) + k (0-based rows). Region r has classes(:, r); its rows are one stencil: the\n"
                + "  ! terms start(r) < k <= start(r + 1), term k reading the input at offset at(a, k) + wrap(a, k) * n(a) on\n"
                + "  ! axis a with coefficient c(k), the sum divided by div(r).\n");
        for (String which : new String[] {"op", "adj"}) {
            GridKernel.Part part = which.equals("op") ? k.operator() : k.adjoint();
            GridKernelTables t = GridKernelTables.of(part);
            String p = "sf_" + which + "_";
            int terms = Math.max(1, t.c().size());
            List<String> classes = new ArrayList<>();
            part.regions().forEach(r -> r.classes().forEach(c -> classes.add(Integer.toString(c))));
            List<String> at = new ArrayList<>(t.at().stream().map(String::valueOf).toList());
            List<String> wrap = new ArrayList<>(t.wrap().stream().map(String::valueOf).toList());
            List<String> c = new ArrayList<>(t.c().stream().map(v -> literal(v, Precision.DOUBLE)).toList());
            if (t.c().isEmpty()) {
                at.addAll(java.util.Collections.nCopies(d, "0"));
                wrap.addAll(java.util.Collections.nCopies(d, "0"));
                c.add("0.0_real64");
            }
            b.append("  ! ").append(which.equals("op") ? "D" : "D^T").append(":\n");
            for (String region : t.exact()) {
                Spell.wrap(region, 100).forEach(line -> b.append("  !   ").append(line.strip()).append('\n'));
            }
            gridArray(b, "integer", p + "below", part.below().stream().map(String::valueOf).toList(), null);
            gridArray(b, "integer", p + "above", part.above().stream().map(String::valueOf).toList(), null);
            gridArray(b, "integer", p + "classes", classes, d + ", " + t.regions());
            gridArray(b, "integer", p + "start", t.start().stream().map(String::valueOf).toList(), null);
            gridArray(b, "integer", p + "at", at, d + ", " + terms);
            gridArray(b, "integer", p + "wrap", wrap, d + ", " + terms);
            gridArray(b, "real(real64)", p + "c", c, null);
            gridArray(b, "real(real64)", p + "div", t.div().stream().map(v -> literal(v, Precision.DOUBLE)).toList(), null);
        }
        String[] idx = {"i0", "i1", "i2"};
        StringBuilder point = new StringBuilder();
        StringBuilder sample = new StringBuilder();
        for (int a = 0; a < d; a++) {
            point.append(a == 0 ? "" : ", ").append(idx[a]).append(" + 1");
            sample.append(a == 0 ? "" : ", &\n              ").append(idx[a]).append(" + at(").append(a + 1).append(", k) + wrap(")
                    .append(a + 1).append(", k) * n(").append(a + 1).append(") + 1");
        }
        b.append("\ncontains\n\n")
                .append("  ! o = the operator of the tables, region by region, times h^(-m).\n")
                .append("  pure subroutine sf_sweep(below, above, classes, start, at, wrap, c, div, f, o, h)\n")
                .append("    integer, intent(in) :: below(:), above(:), classes(:, :), start(:), at(:, :), wrap(:, :)\n")
                .append("    real(real64), intent(in) :: c(:), div(:)\n")
                .append("    real(real64), intent(in) :: f(").append(colons).append("), h\n")
                .append("    real(real64), intent(out) :: o(").append(colons).append(")\n")
                .append("    integer :: r, k, a, lo(ndim), hi(ndim), n(ndim), ").append(String.join(", ", List.of(idx).subList(0, d)))
                .append("\n    real(real64) :: acc\n    n = shape(f)\n")
                .append("    if (any(n < min_length)) then\n      o = ieee_value(1.0_real64, ieee_quiet_nan)\n      return\n    end if\n")
                .append("    do r = 1, size(div)\n      do a = 1, ndim\n")
                .append("        if (classes(a, r) < below(a)) then\n          lo(a) = classes(a, r)\n          hi(a) = lo(a)\n")
                .append("        else if (classes(a, r) == below(a)) then\n          lo(a) = below(a)\n"
                        + "          hi(a) = n(a) - above(a) - 1\n")
                .append("        else\n          lo(a) = n(a) - above(a) + classes(a, r) - below(a) - 1\n          hi(a) = lo(a)\n"
                        + "        end if\n      end do\n");
        String indent = "      ";
        StringBuilder close = new StringBuilder();
        for (int a = d - 1; a >= 0; a--) {
            b.append(indent).append("do ").append(idx[a]).append(" = lo(").append(a + 1).append("), hi(").append(a + 1).append(")\n");
            close.insert(0, indent + "end do\n");
            indent += "  ";
        }
        b.append(indent).append("acc = 0.0_real64\n")
                .append(indent).append("do k = start(r) + 1, start(r + 1)\n")
                .append(indent).append("  acc = acc + c(k) * f(").append(sample).append(")\n")
                .append(indent).append("end do\n")
                .append(indent).append("o(").append(point).append(") = acc / div(r)\n")
                .append(close)
                .append("    end do\n")
                .append("    o = o * (").append(Spell.scale(k.order(), "1.0_real64")).append(")\n")
                .append("  end subroutine sf_sweep\n\n");
        for (String[] p : new String[][] {{"apply_all", "op", "D f"}, {"apply_adjoint", "adj", "D^T f"}}) {
            String t = "sf_" + p[1] + "_";
            b.append("  ! o = ").append(p[2]).append(".\n  pure subroutine ").append(p[0]).append("(f, o, h)\n")
                    .append("    real(real64), intent(in) :: f(").append(colons).append("), h\n")
                    .append("    real(real64), intent(out) :: o(").append(colons).append(")\n")
                    .append("    call sf_sweep(").append(t).append("below, ").append(t).append("above, ").append(t)
                    .append("classes, ").append(t).append("start, &\n        ").append(t).append("at, ").append(t)
                    .append("wrap, ").append(t).append("c, ").append(t).append("div, f, o, h)\n  end subroutine ")
                    .append(p[0]).append("\n\n");
        }
        return b.append("end module ").append(name).append("\n").toString();
    }

    /** Continuation lines per chunk of a long table (Fortran 2008 allows 255 per statement). */
    private static final int FORTRAN_CHUNK_LINES = 200;

    /**
     * {@code  type, parameter :: name(size) = [...]}, wrapped; {@code shape} reshapes it (column-major). A
     * table of more lines than one statement may continue over is built from named chunks {@code name_1, ...}.
     */
    private static void gridArray(StringBuilder b, String type, String name, List<String> values, String shape) {
        String dims = shape == null ? Integer.toString(values.size()) : shape;
        List<String> wrapped = Spell.wrap(String.join(", ", values), 100);
        String list;
        if (wrapped.size() <= FORTRAN_CHUNK_LINES) {
            list = wrapped.stream().map(String::strip).collect(java.util.stream.Collectors.joining(" &\n      "));
        } else {
            List<String> chunks = new ArrayList<>();
            List<String> part = new ArrayList<>();
            int lines = 0;
            int chars = 0;
            for (String v : values) { // chunks of whole values: lines of 100 columns hold 70 of them at least
                part.add(v);
                chars += v.length() + 2;
                if (chars >= FORTRAN_CHUNK_LINES * 70) {
                    chars = 0;
                    chunks.add(chunk(b, type, name, ++lines, part));
                    part = new ArrayList<>();
                }
            }
            if (!part.isEmpty()) {
                chunks.add(chunk(b, type, name, ++lines, part));
            }
            list = String.join(", &\n      ", chunks);
        }
        b.append("  ").append(type).append(", parameter :: ").append(name).append("(").append(dims).append(") = ")
                .append(shape == null ? "[ &\n      " : "reshape([ &\n      ").append(list)
                .append(shape == null ? " ]\n" : " ], [" + shape + "])\n");
    }

    /** One chunk {@code name_k} of a long table; returns its name. */
    private static String chunk(StringBuilder b, String type, String name, int k, List<String> values) {
        String chunk = name + "_" + k;
        b.append("  ").append(type).append(", parameter :: ").append(chunk).append("(").append(values.size())
                .append(") = [ &\n      ").append(Spell.wrap(String.join(", ", values), 100).stream().map(String::strip)
                        .collect(java.util.stream.Collectors.joining(" &\n      "))).append(" ]\n");
        return chunk;
    }
}
