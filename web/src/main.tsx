import { createRoot } from 'react-dom/client'

createRoot(document.getElementById('root')!).render(<p>公道 Gongdao</p>)
