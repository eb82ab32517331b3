//! Sorting the app's short lists: label candidates, the story's instants, cuts in a
//! paragraph, places by first visit (tens to a couple of hundred items).
//!
//! Why not `slice::sort`: each standard sort compiles to 3–4 KB of wasm per element type
//! (quicksort or driftsort with their small-sort networks), and four element types cost
//! about 12 KB. Insertion sort is a few dozen bytes per type, is stable, and on these
//! lengths (mostly in order already) takes microseconds.

/// Sorts `items` by `key`, keeping equal items in their order (like `sort_by_key`).
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) > key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_as_the_standard_stable_sort() {
        // Lists of every length up to 120, with few distinct keys so that ties (and so
        // stability) are common; a fixed linear congruential sequence makes them.
        let mut seed: u32 = 1917;
        let mut next = move || {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            seed >> 16
        };
        for len in 0..120 {
            let items: Vec<(u32, u32)> = (0..len).map(|i| (next() % 7, i)).collect();
            let mut ours = items.clone();
            let mut std = items;
            sort_by_key(&mut ours, |(k, _)| *k);
            std.sort_by_key(|(k, _)| *k);
            assert_eq!(ours, std, "length {len}");
        }
    }
}
