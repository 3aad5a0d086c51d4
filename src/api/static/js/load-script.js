const loading = new Map();

/**
 * Loads a classic script once. The graph library is only needed when a profile opens, so the
 * first view of the dashboard does not wait for it.
 */
export function loadScript(src) {
  let promise = loading.get(src);
  if (!promise) {
    promise = new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = src;
      script.onload = () => resolve();
      script.onerror = () => {
        loading.delete(src);
        script.remove();
        reject(new Error(`could not load ${src}`));
      };
      document.head.append(script);
    });
    loading.set(src, promise);
  }
  return promise;
}
