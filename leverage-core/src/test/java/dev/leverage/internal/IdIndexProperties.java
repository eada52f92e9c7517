package dev.leverage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** {@link IdIndex} agrees with {@link List#indexOf}, the slow obvious reference. */
class IdIndexProperties {

  @Property(tries = 200)
  void everyLookupAgreesWithTheListsOwnIndexOf(
      @ForAll @Size(max = 300) List<@StringLength(max = 3) String> ids,
      @ForAll @Size(max = 20) List<@StringLength(max = 3) String> others) {
    IdIndex index = IdIndex.of(ids);

    for (int i = 0; i < ids.size(); i++) {
      assertThat(index.indexOf(ids.get(i))).isEqualTo(ids.indexOf(ids.get(i)));
      assertThat(index.isFirst(i)).isEqualTo(ids.indexOf(ids.get(i)) == i);
      assertThat(index.id(i)).isSameAs(ids.get(i));
    }
    for (String other : others) {
      assertThat(index.indexOf(other)).isEqualTo(ids.indexOf(other));
    }
    assertThat(index.keys()).containsExactlyElementsOf(new LinkedHashSet<>(ids));
  }

  @Property(tries = 20)
  void idsWhoseHashesCollideAreToldApart(@ForAll @IntRange(min = 1, max = 2_000) int count) {
    // "Aa" and "BB" have the same hash, so do all strings made of these blocks.
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder id = new StringBuilder();
      for (int bit = 0; bit < 11; bit++) {
        id.append((i >> bit & 1) == 0 ? "Aa" : "BB");
      }
      ids.add(id.toString());
    }
    IdIndex index = IdIndex.of(ids);

    for (int i = 0; i < count; i++) {
      assertThat(index.indexOf(ids.get(i))).isEqualTo(i);
    }
    assertThat(index.indexOf("Aa".repeat(12))).isEqualTo(-1);
  }
}
