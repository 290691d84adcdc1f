package org.stencilforge.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
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

    LabelConverter(Class<E> type) {
        this.type = type;
    }

    /** @return the label users type for a constant */
    static String label(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public E convert(String value) {
        for (E constant : type.getEnumConstants()) {
            if (label(constant).equalsIgnoreCase(value.strip())) {
                return constant;
            }
        }
        throw new TypeConversionException("unknown value '" + value + "'; use one of "
                + Arrays.stream(type.getEnumConstants()).map(LabelConverter::label)
                        .collect(Collectors.joining(", ")));
    }

    /** {@code --scheme}. */
    static final class SchemeConverter extends LabelConverter<org.stencilforge.stencil.Scheme> {
        SchemeConverter() {
            super(org.stencilforge.stencil.Scheme.class);
        }
    }

    /** {@code --format}. */
    static final class FormatConverter extends LabelConverter<org.stencilforge.render.Format> {
        FormatConverter() {
            super(org.stencilforge.render.Format.class);
        }
    }
}
