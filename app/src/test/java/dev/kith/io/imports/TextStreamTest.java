package dev.kith.io.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kith.io.ImportException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A vCard file read as a stream is read exactly as when it was held whole: the same text (or the same refusal,
 * line and reason) as {@link TextInput}, and the same structural check by {@link VCardScanner}.
 */
class TextStreamTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Test
    void everyEncodingAndEveryDamageReadsAsWhenTheFileWasHeldWhole() throws IOException {
        List<byte[]> inputs = new ArrayList<>(List.of(
                bytes("BEGIN:VCARD\r\nFN:Zoë\r\nEND:VCARD\r\n", StandardCharsets.UTF_8),
                join(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes("FN:Zoë\nX", StandardCharsets.UTF_8)),
                join(new byte[] {(byte) 0xFF, (byte) 0xFE}, bytes("FN:Zoë\r\nN:Ü", StandardCharsets.UTF_16LE)),
                join(new byte[] {(byte) 0xFE, (byte) 0xFF}, bytes("FN:Zoë\r\nN:Ü", StandardCharsets.UTF_16BE)),
                join(new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {0x41, 0, 0x0A, 0, 0x00, (byte) 0xDC, 0x41, 0}),
                bytes("FN:Fran\u00e7ois\r\nORG:Soci\u00e9t\u00e9\r\n", WINDOWS_1252),
                bytes("FN:Zoë\r\nORG:x\r\n", StandardCharsets.UTF_8),
                bytes("FN:a\r\nN:b\u0001c\r\n", StandardCharsets.UTF_8),
                join(bytes("FN:a\nN:\u0001\n", StandardCharsets.UTF_8), new byte[] {(byte) 0x81, 0x0A}),
                join(bytes("FN:é\n", StandardCharsets.UTF_8), new byte[] {(byte) 0xE9, 0x0A}),
                join(bytes("FN:a\n\n", StandardCharsets.US_ASCII), new byte[] {(byte) 0x81}),
                bytes("FN:a\uFEFF\r\n\uFEFFBEGIN:VCARD", StandardCharsets.UTF_8),
                new byte[0]));
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            byte[] b = new byte[random.nextInt(1 << 17)];
            for (int j = 0; j < b.length; j++) {
                b[j] = (byte) (random.nextInt(10) == 0 ? random.nextInt(256) : "AB:é\r\n\t ".charAt(random.nextInt(8)));
            }
            inputs.add(b);
        }
        for (byte[] input : inputs) {
            Warnings whole = new Warnings();
            Warnings streamed = new Warnings();
            ImportException refused = catchThrowableOfType(ImportException.class,
                    () -> TextInput.decodeExport("f.vcf", input, whole));
            ImportException streamRefused = catchThrowableOfType(ImportException.class,
                    () -> TextStream.of("f.vcf", input, streamed));
            if (refused != null) {
                assertThat(streamRefused).as(new String(input, StandardCharsets.ISO_8859_1)).isNotNull();
                assertThat(streamRefused.getMessage()).isEqualTo(refused.getMessage());
                continue;
            }
            assertThat(streamRefused).isNull();
            String text = TextInput.decodeExport("f.vcf", input, new Warnings()).replace("\uFEFF", "");
            try (Reader r = TextStream.of("f.vcf", input, new Warnings()).reader()) {
                assertThat(read(r)).isEqualTo(text);
            }
            assertThat(streamed.list()).isEqualTo(whole.list());
        }
    }

    @Test
    void theScannerReadingAStreamSeesTheSameLinesAsReadingTheWholeText() throws IOException {
        List<String> texts = List.of("BEGIN:VCARD\r\nFN:A\r\nEND:VCARD\r\n", "BEGIN:VCARD\rFN:A\rEND:VCARD",
                "BEGIN:VCARD\nFN:A\n\nEND:VCARD\n\n", "BEGIN:VCARD\r\nFN:A\r\n", "FN:A\r\n", "BEGIN:VCARD\r\nBEGIN:VCARD\n",
                "BEGIN:VCARD\r\nFN;ENCODING=QUOTED-PRINTABLE:Fran=E7=\r\nois\r\nEND:VCARD\r\n\r\nBEGIN:VCARD\nEND:VCARD",
                "BEGIN:VCARD\r\nBDAY:2023-02-30\r\nEND:VCARD");
        for (String text : texts) {
            Warnings whole = new Warnings();
            Warnings streamed = new Warnings();
            ImportException refused = catchThrowableOfType(ImportException.class,
                    () -> VCardScanner.scan("f.vcf", text, whole));
            ImportException streamRefused = catchThrowableOfType(ImportException.class,
                    () -> VCardScanner.scan("f.vcf", new SlowReader(text), streamed));
            if (refused != null) {
                assertThat(streamRefused).as(text).isNotNull();
                assertThat(streamRefused.getMessage()).isEqualTo(refused.getMessage());
                continue;
            }
            assertThat(streamRefused).as(text).isNull();
            assertThat(VCardScanner.scan("f.vcf", new SlowReader(text), new Warnings()))
                    .isEqualTo(VCardScanner.scan("f.vcf", text, new Warnings()));
            assertThat(streamed.list()).isEqualTo(whole.list());
        }
    }

    /** A reader that gives one or two characters at a time, so that CR LF pairs fall across reads. */
    private static final class SlowReader extends StringReader {
        private int calls;

        SlowReader(String s) {
            super(s);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            return super.read(buffer, offset, Math.min(length, 1 + calls++ % 2));
        }
    }

    private static String read(Reader r) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[4096];
        for (int n = r.read(buffer); n >= 0; n = r.read(buffer)) {
            out.append(buffer, 0, n);
        }
        return out.toString();
    }

    private static byte[] bytes(String s, Charset charset) {
        return s.getBytes(charset);
    }

    private static byte[] join(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
