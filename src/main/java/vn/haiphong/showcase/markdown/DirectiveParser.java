package vn.haiphong.showcase.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.parser.core.IndentedCodeBlockParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the generic-directive syntax (remark-directive, Docusaurus, VitePress) at the start
 * of a block: {@code ::name{…}} is a one-line component, {@code :::name{…}} opens one that a line of
 * three or more colons closes. A block keeps its lines raw; directives nested inside it (and code
 * fences, whose {@code :::} lines are literal) are counted so the right line closes it.
 */
final class DirectiveParser extends AbstractBlockParser {
    /** Two colons and a name: a leaf; three or more: a block. Whatever follows the name is checked later. */
    static final Pattern OPENING = Pattern.compile("^(:{2,})([A-Za-z][A-Za-z0-9_-]*)(.*)$");
    private static final Pattern CLOSING = Pattern.compile("^:{3,}\\s*$");
    private static final Pattern CODE_FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

    private final boolean leaf;
    private final List<BasedSequence> lines = new ArrayList<>();
    private final List<Integer> lineNumbers = new ArrayList<>();
    private boolean openingLineAdded;
    private boolean closed;
    private int depth;
    private String codeFence;
    private final DirectiveBlock block;

    private DirectiveParser(BasedSequence opening, String name, String rest, boolean leaf, int line) {
        this.leaf = leaf;
        this.block = new DirectiveBlock(opening, name, rest, leaf, line);
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (leaf || closed) {
            return BlockContinue.none();
        }
        BasedSequence text = state.getLine();
        String s = text.toString().stripTrailing();
        String trimmed = s.stripLeading();
        if (codeFence != null) {
            if (trimmed.startsWith(codeFence) && trimmed.chars().allMatch(c -> c == codeFence.charAt(0))) {
                codeFence = null;
            }
        } else {
            Matcher fence = CODE_FENCE.matcher(s);
            if (fence.find()) {
                codeFence = fence.group(1);
            } else if (CLOSING.matcher(trimmed).matches() && s.length() - trimmed.length() <= 3) {
                if (depth == 0) {
                    closed = true;
                    return BlockContinue.finished();
                }
                depth--;
            } else {
                Matcher m = OPENING.matcher(trimmed);
                if (m.matches() && m.group(1).length() >= 3) {
                    depth++;
                }
            }
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    @Override
    public void addLine(ParserState state, BasedSequence text) {
        if (!openingLineAdded) {
            openingLineAdded = true; // what is left of the opening line after the parser took it
            return;
        }
        lines.add(text);
        lineNumbers.add(state.getLineNumber());
    }

    @Override
    public void closeBlock(ParserState state) {
        BasedSequence opening = block.getChars();
        if (!lines.isEmpty()) {
            BasedSequence last = lines.get(lines.size() - 1);
            block.setChars(opening.baseSubSequence(opening.getStartOffset(),
                    Math.max(opening.getEndOffset(), last.getEndOffset())));
        }
        block.lines = List.copyOf(lines);
        block.lineNumbers = List.copyOf(lineNumbers);
        block.closed = leaf || closed;
    }

    @Override
    public boolean isContainer() {
        return false;
    }

    /** The factory Flexmark calls at the start of every block. */
    static final class Factory implements CustomBlockParserFactory {
        @Override
        public Set<Class<?>> getAfterDependents() {
            return Set.of(FencedCodeBlockParser.Factory.class);
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return Set.of(HtmlBlockParser.Factory.class, ThematicBreakParser.Factory.class, ListBlockParser.Factory.class,
                    IndentedCodeBlockParser.Factory.class);
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }

        @Override
        public BlockParserFactory apply(DataHolder options) {
            return new AbstractBlockParserFactory(options) {
                @Override
                public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
                    if (state.getIndent() >= 4) {
                        return BlockStart.none();
                    }
                    BasedSequence text = state.getLine();
                    int at = state.getNextNonSpaceIndex();
                    BasedSequence from = text.subSequence(at, text.length()).trimEOL();
                    Matcher m = OPENING.matcher(from);
                    if (!m.matches()) {
                        return BlockStart.none();
                    }
                    DirectiveParser p = new DirectiveParser(from, m.group(2), m.group(3).strip(),
                            m.group(1).length() == 2, state.getLineNumber());
                    return BlockStart.of(p).atIndex(text.length());
                }
            };
        }
    }

    /** Adds the directive syntax to a Flexmark parser. */
    static final class Extension implements Parser.ParserExtension {
        @Override
        public void parserOptions(MutableDataHolder options) {
        }

        @Override
        public void extend(Parser.Builder builder) {
            builder.customBlockParserFactory(new Factory());
        }
    }
}
