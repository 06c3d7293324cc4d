package vn.haiphong.showcase.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;

/**
 * A content component as written, before it is checked: {@code ::name{…}} on one line (a leaf) or
 * {@code :::name{…}} … {@code :::} (a block whose lines are kept raw, as a fenced code block keeps
 * its text, and interpreted by {@link Components}).
 */
final class DirectiveBlock extends Block {
    final String name;
    /** The text after the name on the opening line: {@code {key="value"}} and/or {@code [label]}. */
    final String rest;
    final boolean leaf;
    /** 0-based line of the opening fence in the parsed text. */
    final int line;
    /** The lines between the fences, each with its 0-based line number (filled in when the block closes). */
    List<BasedSequence> lines = List.of();
    List<Integer> lineNumbers = List.of();
    boolean closed;

    DirectiveBlock(BasedSequence chars, String name, String rest, boolean leaf, int line) {
        super(chars);
        this.name = name;
        this.rest = rest;
        this.leaf = leaf;
        this.line = line;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
