package io.wirestream.cleanup;

import io.wirestream.cleanup.rules.Pass;
import io.wirestream.cleanup.rules.agency.AttributionPass;
import io.wirestream.cleanup.rules.agency.DeskLinePass;
import io.wirestream.cleanup.rules.agency.TrailerPass;
import io.wirestream.cleanup.rules.encoding.MojibakePass;
import io.wirestream.cleanup.rules.grammar.ModalNounPass;
import io.wirestream.cleanup.rules.layout.BrokenWrapPass;
import io.wirestream.cleanup.rules.layout.TitleGluePass;
import io.wirestream.cleanup.rules.layout.WhitespacePass;
import io.wirestream.cleanup.rules.markup.EntityPass;
import io.wirestream.cleanup.rules.markup.TagPass;
import io.wirestream.cleanup.rules.punctuation.BracketSpacePass;
import io.wirestream.cleanup.rules.punctuation.DoubledMarkPass;
import io.wirestream.cleanup.rules.punctuation.SpaceAfterPass;
import io.wirestream.cleanup.rules.punctuation.SpaceBeforePass;
import io.wirestream.cleanup.rules.punctuation.SpacedDoublePass;
import io.wirestream.cleanup.rules.structure.BracketPass;
import io.wirestream.cleanup.rules.structure.GluedFragmentPass;
import io.wirestream.cleanup.rules.structure.QuotePass;
import io.wirestream.cleanup.rules.unicode.EasternDigitPass;
import io.wirestream.cleanup.rules.unicode.InvisiblePass;
import io.wirestream.cleanup.rules.unicode.NfcPass;
import io.wirestream.cleanup.rules.unicode.OddSpacePass;
import io.wirestream.cleanup.rules.words.DoubledWordPass;
import java.util.List;

/**
 * The passes in the order they run. Order matters: encoding and markup repairs come first because they
 * produce the characters later rules look at (a decoded "&amp;nbsp;" becomes a space for the whitespace
 * rule); trailers go before punctuation so a footer is not "repaired" on its way out; whitespace and line
 * wraps come last because most earlier rules leave spaces behind.
 */
final class RuleCatalogue {
    private RuleCatalogue() {}

    static List<Pass> passes(CleanupConfig config) {
        return List.of(
                new MojibakePass(),
                new EntityPass(),
                new TagPass(),
                new InvisiblePass(),
                new OddSpacePass(),
                new NfcPass(),
                new EasternDigitPass(),
                new DeskLinePass(config.patterns()),
                new TrailerPass(config.patterns()),
                new AttributionPass(config.patterns(), config.removeAttribution()),
                new TitleGluePass(),
                new SpacedDoublePass(),
                new DoubledMarkPass(),
                new SpaceBeforePass(),
                new SpaceAfterPass(),
                new BracketSpacePass(),
                new DoubledWordPass(),
                new BracketPass(),
                new QuotePass(),
                new GluedFragmentPass(),
                new ModalNounPass(),
                new WhitespacePass(),
                new BrokenWrapPass());
    }
}
