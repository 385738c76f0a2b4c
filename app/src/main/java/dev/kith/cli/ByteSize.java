package dev.kith.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A size as the command line takes it: {@code 4096}, {@code 512k}, {@code 500m} or {@code 8g} (powers of 1024). */
final class ByteSize implements ITypeConverter<Long> {

    @Override
    public Long convert(String value) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        if (text.endsWith("b")) {
            text = text.substring(0, text.length() - 1);
        }
        int shift = text.isEmpty() ? 0 : switch (text.charAt(text.length() - 1)) {
            case 'k' -> 10;
            case 'm' -> 20;
            case 'g' -> 30;
            case 't' -> 40;
            default -> 0;
        };
        String digits = shift == 0 ? text : text.substring(0, text.length() - 1).strip();
        if (digits.isEmpty() || digits.length() > 15 || !digits.chars().allMatch(Character::isDigit)) {
            throw new TypeConversionException("'" + value + "' is not a size: write bytes, or a number with k, m or g,"
                    + " such as 8g");
        }
        long number = Long.parseLong(digits);
        if (number == 0 || number > Long.MAX_VALUE >> shift) {
            throw new TypeConversionException("'" + value + "' is not a size Kith takes: more than 0 and under 8 EB");
        }
        return number << shift;
    }
}
