package vn.haiphong.showcase.images;

/**
 * What a photo says about itself and what we keep of it: caption, credit, copyright and creator
 * (from IPTC, XMP or EXIF, in that order). Location and device data are never kept.
 * Empty strings where the file says nothing.
 */
public record PhotoMetadata(String caption, String credit, String copyright, String creator) {

    public static final PhotoMetadata NONE = new PhotoMetadata("", "", "", "");

    public PhotoMetadata {
        caption = clean(caption);
        credit = clean(credit);
        copyright = clean(copyright);
        creator = clean(creator);
    }

    public boolean isEmpty() {
        return caption.isEmpty() && credit.isEmpty() && copyright.isEmpty() && creator.isEmpty();
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\u0000', ' ').strip();
    }
}
