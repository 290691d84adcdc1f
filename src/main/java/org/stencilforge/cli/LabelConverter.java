package org.stencilforge.cli;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.stencilforge.render.Format;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an enum constant by its lower-case name ({@code central}, {@code json}),
 * in any case, with a message listing the names there are.
 *
 * @param <E> the enum
 */
abstract class LabelConverter<E extends Enum<E>> implements ITypeConverter<E> {

    private final Class<E> type;
    private final Set<E> allowed;

    LabelConverter(Class<E> type) {
        this(type, EnumSet.allOf(type));
    }

    LabelConverter(Class<E> type, Set<E> allowed) {
        this.type = type;
        this.allowed = allowed;
    }

    /** @return the label users type for a constant: lower case, {@code -} for {@code _} */
    static String label(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public E convert(String value) {
        for (E constant : type.getEnumConstants()) {
            if (allowed.contains(constant) && label(constant).equalsIgnoreCase(value.strip())) {
                return constant;
            }
        }
        throw new TypeConversionException("unknown value '" + value + "'; use one of "
                + Arrays.stream(type.getEnumConstants()).filter(allowed::contains).map(LabelConverter::label)
                        .collect(Collectors.joining(", ")));
    }

    /** {@code --scheme}. */
    static final class SchemeConverter extends LabelConverter<org.stencilforge.stencil.Scheme> {
        SchemeConverter() {
            super(org.stencilforge.stencil.Scheme.class);
        }
    }

    /** {@code --format} of {@code weights}: every format. */
    static final class StencilFormatConverter extends LabelConverter<Format> {
        StencilFormatConverter() {
            super(Format.class);
        }
    }

    /** {@code --format} of {@code matrix}. */
    static final class MatrixFormatConverter extends LabelConverter<Format> {
        MatrixFormatConverter() {
            super(Format.class, EnumSet.of(Format.TEXT, Format.JSON, Format.CSV, Format.LATEX, Format.JAVA, Format.C,
                    Format.FORTRAN, Format.PYTHON));
        }
    }

    static final class ShapeConverter extends LabelConverter<org.stencilforge.derivation.Shapes> {
        ShapeConverter() {
            super(org.stencilforge.derivation.Shapes.class);
        }
    }

    /** {@code --rule}: {@code auto} or {@code min-norm}. */
    static final class RuleConverter extends LabelConverter<org.stencilforge.derivation.MomentSolver.Rule> {
        RuleConverter() {
            super(org.stencilforge.derivation.MomentSolver.Rule.class);
        }
    }

    /** {@code --format} of {@code table}. */
    static final class TableFormatConverter extends LabelConverter<Format> {
        TableFormatConverter() {
            super(Format.class, EnumSet.of(Format.MARKDOWN, Format.JSON, Format.CSV, Format.LATEX));
        }
    }
}
