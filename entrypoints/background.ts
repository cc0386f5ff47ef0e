// MV3 needs a service worker for the extension to have one; it also gives tests the extension id.
export default defineBackground(() => {});
