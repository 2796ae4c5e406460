package dev.evalpress.model;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * An unmodifiable list that also finds an element by its id in constant time: records hold their
 * models as lists in release order, and a scan per lookup inside a loop over the models is
 * quadratic (minutes at 40,000 models on one eval). The first element with an id wins, as a scan
 * would find it.
 */
public final class IdIndexedList<T> extends AbstractList<T> implements RandomAccess {

  private final List<T> items;
  private final Map<String, T> byId;

  private IdIndexedList(List<T> items, Function<T, String> id) {
    this.items = List.copyOf(items);
    this.byId = new HashMap<>(this.items.size() * 2);
    for (T item : this.items) {
      byId.putIfAbsent(id.apply(item), item);
    }
  }

  /** A copy of {@code items}, indexed by {@code id}. */
  public static <T> IdIndexedList<T> of(List<T> items, Function<T, String> id) {
    return new IdIndexedList<>(items, id);
  }

  /** The first element whose id is {@code id}. */
  public Optional<T> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public T get(int index) {
    return items.get(index);
  }

  @Override
  public int size() {
    return items.size();
  }
}
