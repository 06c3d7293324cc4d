import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** tools/og-image.sh helper: java tools/ToJpeg.java IN.png OUT.jpg QUALITY (0-1). */
public class ToJpeg {
    public static void main(String[] a) throws Exception {
        BufferedImage src = ImageIO.read(new File(a[0]));
        BufferedImage rgb = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.createGraphics().drawImage(src, 0, 0, null);
        ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam p = w.getDefaultWriteParam();
        p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        p.setCompressionQuality(Float.parseFloat(a[2]));
        try (ImageOutputStream out = ImageIO.createImageOutputStream(new File(a[1]))) {
            w.setOutput(out);
            w.write(null, new IIOImage(rgb, null, null), p);
        }
    }
}
