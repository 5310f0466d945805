// Stands in for jspdf's optional dependencies (html2canvas, dompurify, canvg), which Keystone
// never calls: aliased in vite.config.ts so they add no bytes to either build.
export default {};
