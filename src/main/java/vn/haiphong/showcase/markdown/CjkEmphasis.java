package vn.haiphong.showcase.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.util.Parsing;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.core.delimiter.Delimiter;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.SequenceUtils;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * Emphasis that works in Chinese, Japanese and Korean: the "CommonMark CJK-friendly amendments"
 * (github.com/tats-u/markdown-cjk-friendly, specification.md, as markdown-it-cjk-friendly implements
 * them). CommonMark does not close {@code **見回す：**ドラッグ}, because a {@code **} after punctuation
 * and before a letter is not right-flanking; Chinese and Japanese put no space there. The amendment
 * counts only <em>non-CJK</em> punctuation against flanking, and lets a CJK character (or a CJK
 * character with a variation selector, or an ideographic variation selector) on either side make a
 * run flanking. Text without CJK characters parses exactly as before, with Flexmark's own notion of
 * punctuation and whitespace.
 *
 * <p>Flexmark decides flanking in a private method of its inline parser; the one protected way in is
 * {@code parseDelimiters}, so this extension installs a subclass of that parser. A custom inline
 * parser makes Flexmark skip its built-in link reference definition pre-processor, so the extension
 * puts that back.
 */
public final class CjkEmphasis implements Parser.ParserExtension {
    private CjkEmphasis() {
    }

    /** The extension, for {@link Parser#EXTENSIONS}. */
    public static CjkEmphasis create() {
        return new CjkEmphasis();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineParserFactory(CjkInlineParser::new);
        if (Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR.get(builder)) {
            builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
        }
    }

    /** Flexmark's inline parser with CJK-friendly flanking for every delimiter run. */
    static final class CjkInlineParser extends InlineParserImpl {
        CjkInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                List<InlineParserExtensionFactory> inlineParserExtensions) {
            super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
                    inlineParserExtensions);
        }

        @Override
        protected boolean parseDelimiters(DelimiterProcessor processor, char delimiterChar) {
            if (options.inlineDelimiterDirectionalPunctuations) {
                return super.parseDelimiters(processor, delimiterChar);
            }
            int start = index;
            int end = start;
            while (end < input.length() && input.charAt(end) == delimiterChar) {
                end++;
            }
            int count = end - start;
            if (count < processor.getMinLength()) {
                return false;
            }
            Flanking f = flanking(myParsing, input, start, end);
            String before = f.before < 0 ? SequenceUtils.EOL : Character.toString(f.before);
            String after = f.after < 0 ? SequenceUtils.EOL : Character.toString(f.after);
            boolean canOpen = delimiterChar == processor.getOpeningCharacter()
                    && processor.canBeOpener(before, after, f.left, f.right, f.beforePunctuation, f.afterPunctuation,
                            f.beforeWhitespace, f.afterWhitespace);
            boolean canClose = delimiterChar == processor.getClosingCharacter()
                    && processor.canBeCloser(before, after, f.left, f.right, f.beforePunctuation, f.afterPunctuation,
                            f.beforeWhitespace, f.afterWhitespace);
            if (!canOpen && !canClose && processor.skipNonOpenerCloser()) {
                return false;
            }
            index = end;
            Text node = appendSeparateText(input.subSequence(start, end));
            lastDelimiter = new Delimiter(input, node, delimiterChar, canOpen, canClose, lastDelimiter, start);
            lastDelimiter.setNumDelims(count);
            if (lastDelimiter.getPrevious() != null) {
                lastDelimiter.getPrevious().setNext(lastDelimiter);
            }
            return true;
        }
    }

    /** The flanking of the delimiter run {@code s[start, end)} under the CJK-friendly rules. */
    private static Flanking flanking(Parsing parsing, CharSequence s, int start, int end) {
        // -1 stands for the start or end of the text, which counts as whitespace
        int b1 = start == 0 ? -1 : Character.codePointBefore(s, start);
        int main = b1;
        boolean ambiguousQuote = false;
        if (isGeneralVariationSelector(b1)) {
            int at = start - Character.charCount(b1);
            int b2 = at == 0 ? -1 : Character.codePointBefore(s, at);
            // a selector after whitespace or at the start stays a plain character (markdown-it does so)
            if (b2 >= 0 && !whitespace(parsing, b2)) {
                main = b2;
                ambiguousQuote = b1 == 0xFE01 && (b2 == 0x2018 || b2 == 0x2019 || b2 == 0x201C || b2 == 0x201D);
            }
        }
        int a = end >= s.length() ? -1 : Character.codePointAt(s, end);

        boolean beforeWhitespace = main < 0 || whitespace(parsing, main);
        boolean beforePunctuation = main >= 0 && punctuation(parsing, main);
        // U+2018 U+FE01 and its kin are the fullwidth forms: CJK punctuation
        boolean beforeNonCjkPunctuation = beforePunctuation && !CjkCharacters.isCjk(main) && !ambiguousQuote;
        boolean beforeCjk = main >= 0 && (CjkCharacters.isCjk(main) || ambiguousQuote);
        boolean beforeIdeographicSelector = main == b1 && CjkCharacters.isIdeographicVariationSelector(b1);

        boolean afterWhitespace = a < 0 || whitespace(parsing, a);
        boolean afterPunctuation = a >= 0 && punctuation(parsing, a);
        boolean afterCjk = a >= 0 && CjkCharacters.isCjk(a);
        boolean afterNonCjkPunctuation = afterPunctuation && !afterCjk;

        boolean left = !afterWhitespace && (!afterNonCjkPunctuation || beforeWhitespace || beforeNonCjkPunctuation
                || beforeCjk || beforeIdeographicSelector);
        boolean right = !beforeWhitespace && (!beforeNonCjkPunctuation || afterWhitespace || afterNonCjkPunctuation
                || afterCjk);
        return new Flanking(b1, a, left, right, beforePunctuation, afterPunctuation, beforeWhitespace,
                afterWhitespace);
    }

    private static boolean whitespace(Parsing parsing, int cp) {
        return parsing.UNICODE_WHITESPACE_CHAR.matcher(Character.toString(cp)).matches();
    }

    private static boolean punctuation(Parsing parsing, int cp) {
        return parsing.PUNCTUATION.matcher(Character.toString(cp)).matches();
    }

    private static boolean isGeneralVariationSelector(int cp) {
        // U+FE0F asks for emoji presentation: what precedes it is an emoji, not CJK text
        return cp >= 0xFE00 && cp <= 0xFE0E;
    }

    private record Flanking(int before, int after, boolean left, boolean right, boolean beforePunctuation,
            boolean afterPunctuation, boolean beforeWhitespace, boolean afterWhitespace) {
    }
}
