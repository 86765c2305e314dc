package com.inquirydesk.inquiry.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Looks into a zip-based Office file without trusting it, because a 2 MB upload can unpack to gigabytes: every
 * entry is unpacked through one small buffer, bytes are counted as they come out, and the reading stops at the
 * first bound exceeded (entries, unpacked bytes, compression ratio), so no file costs more than the bounds.
 */
final class OfficeArchive {

    private static final int BUFFER_SIZE = 8 * 1024;

    private OfficeArchive() {}

    /**
     * How far an archive may go.
     *
     * @param maxEntries entries read at most; real Office files have tens, a large presentation a few hundred
     * @param maxUnpackedBytes bytes unpacked at most from all entries together
     * @param maxRatio unpacked bytes per packed byte at most, for each entry and for the archive as a whole;
     *     text packs about 10 to 1, a run of zeros about 1,000 to 1
     * @param ratioGraceBytes the ratio is judged only beyond this many unpacked bytes, since a small part can pack
     *     very well
     */
    record Bounds(int maxEntries, long maxUnpackedBytes, int maxRatio, long ratioGraceBytes) {

        /** The bounds of attachments: 10,000 entries, 100 MB unpacked, 100 to 1 beyond the first megabyte. */
        static final Bounds ATTACHMENTS = new Bounds(10_000, 100L * 1024 * 1024, 100, 1024 * 1024);

        private boolean packedTooTightly(long unpacked, long packed) {
            return unpacked > ratioGraceBytes && unpacked > (long) maxRatio * Math.max(packed, 1);
        }
    }

    /** What the reading found. */
    enum Verdict {
        /** A zip with a content-types part and the part folder asked for. */
        OFFICE_DOCUMENT,
        /** A readable zip within the bounds, but not the Office document asked for, or no readable zip at all. */
        NOT_AN_OFFICE_DOCUMENT,
        TOO_MANY_ENTRIES,
        UNPACKS_TOO_LARGE,
        PACKED_TOO_TIGHTLY;

        boolean exceedsBounds() {
            return this == TOO_MANY_ENTRIES || this == UNPACKS_TOO_LARGE || this == PACKED_TOO_TIGHTLY;
        }
    }

    /**
     * The outcome of one reading.
     *
     * @param entries the entries read, including the one a bound stopped
     * @param unpackedBytes the bytes unpacked before the reading ended: never more than one buffer beyond
     *     {@link Bounds#maxUnpackedBytes()}
     */
    record Inspection(Verdict verdict, int entries, long unpackedBytes) {}

    /**
     * Reads the whole archive within the bounds, and tells whether it is an Office Open XML file whose parts are
     * in {@code partFolder} (e.g. {@code word/}).
     */
    static Inspection inspect(byte[] content, String partFolder, Bounds bounds) {
        var packed = new PackedBytes(content);
        var buffer = new byte[BUFFER_SIZE];
        boolean contentTypes = false;
        boolean parts = false;
        int entries = 0;
        long unpacked = 0;
        try (var zip = new ZipInputStream(packed)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > bounds.maxEntries()) {
                    return new Inspection(Verdict.TOO_MANY_ENTRIES, entries, unpacked);
                }
                contentTypes |= entry.getName().equals("[Content_Types].xml");
                parts |= entry.getName().startsWith(partFolder);
                long entryStart = packed.taken();
                long entryUnpacked = 0;
                while (true) {
                    // at most one byte past the bound is asked for, so the inflater never makes more than that
                    int wanted = (int) Math.min(buffer.length, bounds.maxUnpackedBytes() - unpacked + 1);
                    int read = zip.read(buffer, 0, wanted);
                    if (read < 0) {
                        break;
                    }
                    unpacked += read;
                    entryUnpacked += read;
                    if (unpacked > bounds.maxUnpackedBytes()) {
                        return new Inspection(Verdict.UNPACKS_TOO_LARGE, entries, unpacked);
                    }
                    if (bounds.packedTooTightly(entryUnpacked, packed.taken() - entryStart)
                            || bounds.packedTooTightly(unpacked, packed.taken())) {
                        return new Inspection(Verdict.PACKED_TOO_TIGHTLY, entries, unpacked);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException notAZip) {
            return new Inspection(Verdict.NOT_AN_OFFICE_DOCUMENT, entries, unpacked);
        }
        return new Inspection(
                contentTypes && parts ? Verdict.OFFICE_DOCUMENT : Verdict.NOT_AN_OFFICE_DOCUMENT, entries, unpacked);
    }

    /** The packed bytes, counting how many the zip reader has taken (a few hundred read ahead at most). */
    private static final class PackedBytes extends ByteArrayInputStream {

        PackedBytes(byte[] content) {
            super(content);
        }

        long taken() {
            return pos;
        }
    }
}
