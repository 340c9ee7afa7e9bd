package io.github.ogireport.internal.recognize;

import io.github.ogireport.internal.layout.Line;
import io.github.ogireport.model.SourcePosition;
import java.util.List;

/** Positions of lines by index. Not API. */
final class SourcePositionOf {
    private SourcePositionOf() {
    }

    static SourcePosition line(List<Line> lines, int index) {
        return index >= 0 && index < lines.size() ? lines.get(index).position() : SourcePosition.UNKNOWN;
    }
}
