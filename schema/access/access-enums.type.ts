import { ROLES } from '../../services/access/roles.js';
import { defineEnum } from '../scalars/graphql-enum.js';

export const RoleEnum = defineEnum('Role', ROLES, 'What a credential may do (see the access model in the README).', {
  viewer: 'Xem: đọc hồ sơ trong phạm vi',
  analyst: 'Phân tích: đọc, số liệu phân tích, kết xuất',
  editor: 'Cập nhật: đọc và ghi hồ sơ, xem dữ liệu cá nhân',
  admin: 'Quản trị: mọi quyền, khóa truy cập, nhật ký',
});
