/** @type {import('next').NextConfig} */
const nextConfig = {
  // This folder is the app's root, whatever lock files lie in folders above it.
  turbopack: { root: import.meta.dirname },
};

export default nextConfig;
